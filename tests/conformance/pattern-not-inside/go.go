package main

func a(p string) {
	// ruleid: conf.pattern-not-inside.go
	f, err := os.Open(p)
	use(f, err)
}

func b(p string) {
	// ok: conf.pattern-not-inside.go
	f, err := os.Open(p)
	if err != nil {
		return
	}
	defer f.Close()
}
