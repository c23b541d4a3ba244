package main

func f() {
	// ruleid: conf.paths.go
	_ = tls.Config{InsecureSkipVerify: true}
	// ok: conf.paths.go
	_ = tls.Config{}
}
