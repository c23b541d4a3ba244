package main

func handler(w http.ResponseWriter, r *http.Request) {
	// ruleid: conf.pattern-inside.go
	w.Write([]byte(r.URL.Query().Get("q")))
	// ok: conf.pattern-inside.go
	buf.Write(nil)
}

func other(w io.Writer) {
	// ok: conf.pattern-inside.go
	w.Write(nil)
}
