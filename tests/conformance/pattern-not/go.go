package main

func f(id string, n int) {
	// ruleid: conf.pattern-not.go
	q := fmt.Sprintf("SELECT * FROM t WHERE id = '%s'", id)
	// ok: conf.pattern-not.go
	s := fmt.Sprintf("%d", n)
	// ruleid: conf.pattern-not.go
	fmt.Sprintf(format, id)
	_, _ = q, s
}
