package main

func f(a string) {
	// ok: conf.focus-metavariable.go, conf.focus-metavariable.go.union
	exec.Command(
		// ruleid: conf.focus-metavariable.go.union
		"sh",
		// ruleid: conf.focus-metavariable.go
		// ruleid: conf.focus-metavariable.go.union
		a)
	// ok: conf.focus-metavariable.go, conf.focus-metavariable.go.union
	exec.Command("ls")
	// ok: conf.focus-metavariable.go.intersection
	exec.Command(strings.TrimSpace(
		// ruleid: conf.focus-metavariable.go.intersection
		a))
	// ok: conf.focus-metavariable.go.intersection
	exec.Command(a)
}
