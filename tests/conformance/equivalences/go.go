package main

func f() {
	// ruleid: conf.equivalences.go
	sink((x))
	// ruleid: conf.equivalences.go
	sink(/* c */ x)
	// ruleid: conf.equivalences.go
	sink(
		x,
	)
	// ok: conf.equivalences.go
	sink(x, y)
	// ok: conf.equivalences.go
	other(x)
	// ruleid: conf.equivalences.go.assign
	c = input()
	// ruleid: conf.equivalences.go.assign
	a := input()
	// ruleid: conf.equivalences.go.assign
	var b = input()
	// ok: conf.equivalences.go.assign
	d = output()
}
