package main

func f() {
	// ruleid: conf.fix-regex.go
	c := &tls.Config{InsecureSkipVerify: false}
	// ok: conf.fix-regex.go
	d := &tls.Config{MinVersion: tls.VersionTLS12}
	_, _ = c, d
}
