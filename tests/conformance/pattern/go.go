package main

import "os/exec"

func f(name string) {
	// ruleid: conf.pattern.go
	exec.Command(name)
	// ruleid: conf.pattern.go
	cmd := exec.Command("ls")
	// ok: conf.pattern.go
	exec.Command("ls", name)
	// ok: conf.pattern.go
	exec.CommandContext(ctx, name)
	_ = cmd
}
