package main

func f(c string) {
	// ruleid: conf.metavariable-pattern.go
	exec.Command("sh", "-c", c)
	// ruleid: conf.metavariable-pattern.go
	exec.Command("bash", "-c", c)
	// ok: conf.metavariable-pattern.go
	exec.Command("ls", c)
}
