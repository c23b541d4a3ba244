package main

import (
	ex "os/exec"
	. "os/exec"
)

func f(c string) {
	// ruleid: conf.imports.go
	ex.Command(c)
	// ruleid: conf.imports.go
	Command(c)
	// ok: conf.imports.go
	ex.LookPath(c)
	// ok: conf.imports.go
	other.Command(c)
}
