package main

// A typed parameter after `...` in the pattern (`..., $R *http.Request`)
// is read as a group of parameters sharing the type.
// todoruleid: conf.ellipsis.go.params
func handler(w http.ResponseWriter, r *http.Request) {
	// ruleid: conf.ellipsis.go.args
	db.Exec("DELETE FROM t")
	// ruleid: conf.ellipsis.go.args
	db.Exec("DELETE FROM t WHERE id = ?", id)
	// ok: conf.ellipsis.go.args
	db.Exec()
	// A statement sequence inside a longer block.
	// ruleid: conf.ellipsis.go.statements
	mu.Lock()
	n++
	mu.Unlock()
	// ok: conf.ellipsis.go.statements
	mu.Lock()
	// ruleid: conf.ellipsis.go.slice
	a := []string{"x", "*"}
	// ok: conf.ellipsis.go.slice
	b := []string{"x"}
	// ruleid: conf.ellipsis.go.map
	m := map[string]bool{"debug": true, "x": false}
	// ok: conf.ellipsis.go.map
	n := map[string]bool{"debug": false}
	// ruleid: conf.ellipsis.go.struct
	c := http.Cookie{Name: "s", Secure: false}
	// ok: conf.ellipsis.go.struct
	d := http.Cookie{Name: "s", Secure: true}
	_, _, _, _, _, _ = a, b, m, n, c, d
}

// ruleid: conf.ellipsis.go.params
func handler2(r *http.Request) {
	// ruleid: conf.ellipsis.go.statements
	mu.Lock()
	n++
	mu.Unlock()
}

// ok: conf.ellipsis.go.params
func helper(x int) {
}
