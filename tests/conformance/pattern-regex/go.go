package main

// ruleid: conf.pattern-regex.go
// TODO: fix this
func f() {
	// ok: conf.pattern-regex.go
	// TODOS are not TODO-items
	x := 1
	// ruleid: conf.pattern-regex.go
	_ = x // TODO drop
}
