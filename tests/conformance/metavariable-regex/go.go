package main

func f() {
	// ruleid: conf.metavariable-regex.go
	md5.New()
	// ruleid: conf.metavariable-regex.go
	h := sha1.New()
	// ok: conf.metavariable-regex.go
	sha256.New()
	// ok: conf.metavariable-regex.go
	md5x.New()
	_ = h
}
