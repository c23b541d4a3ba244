package main

func f(b []byte) {
	// ruleid: conf.fix.go
	h := sha256.Sum256(b)
	// ok: conf.fix.go
	g := sha256.Sum256(b)
	_, _ = h, g
}
