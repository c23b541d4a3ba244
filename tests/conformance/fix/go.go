package main

func f(b []byte) {
	// ruleid: conf.fix.go
	h := md5.Sum(b)
	// ok: conf.fix.go
	g := sha256.Sum256(b)
	_, _ = h, g
}
