package main

func f() {
	// ruleid: conf.metavariable-comparison.go
	rsa.GenerateKey(rand.Reader, 1024)
	// ok: conf.metavariable-comparison.go
	rsa.GenerateKey(rand.Reader, 4096)
}
