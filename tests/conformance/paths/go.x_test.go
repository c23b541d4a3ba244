package main

func TestF() {
	// todook: conf.paths.go
	_ = tls.Config{InsecureSkipVerify: true}
	// ok: conf.paths.go
	_ = tls.Config{}
}
