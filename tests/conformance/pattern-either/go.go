package main

func f(b []byte) {
	// ruleid: conf.pattern-either.go
	h := md5.New()
	// ruleid: conf.pattern-either.go
	sha1.New()
	// ruleid: conf.pattern-either.go
	md5.Sum(b)
	// ok: conf.pattern-either.go
	sha256.New()
	_ = h
}
