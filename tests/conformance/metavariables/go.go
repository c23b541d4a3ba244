package main

func f() {
	// ruleid: conf.metavariables.go.same
	check(a == a)
	// ruleid: conf.metavariables.go.same
	check(obj.Size() == obj . Size())
	// ok: conf.metavariables.go.same
	check(a == b)
	// ok: conf.metavariables.go.same
	check(a != a)
	// ruleid: conf.metavariables.go.anonymous
	check(a, b)
	// ok: conf.metavariables.go.anonymous
	check(a)
	// ruleid: conf.metavariables.go.sequence
	run(FLAG)
	// ruleid: conf.metavariables.go.sequence
	run(a, b, FLAG)
	// ok: conf.metavariables.go.sequence
	run(FLAG, a)
}
