package main

const Shell = "sh"

func f(user string) {
	q := "ls"
	var r = "pwd"
	// ruleid: conf.constants.go
	exec.Command(q)
	// ruleid: conf.constants.go
	exec.Command(r)
	// ruleid: conf.constants.go
	exec.Command(Shell)
	// ok: conf.constants.go
	exec.Command(user)
}

func g(q string) {
	// ok: conf.constants.go
	exec.Command(q)
}
