package main

import "os/exec"

func f(c string) {
	// ruleid: conf.imports.go
	exec.Command(c)
	// Not imported under this name here.
	// ok: conf.imports.go
	Command(c)
}
