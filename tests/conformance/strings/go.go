package main

func f() {
	// ruleid: conf.strings.go.any
	sink("a")
	// ruleid: conf.strings.go.any
	sink(`raw`)
	// ok: conf.strings.go.any
	sink(x)
	// ok: conf.strings.go.any
	sink('a')
	// ruleid: conf.strings.go.exact
	check("a")
	// ruleid: conf.strings.go.exact
	check(`a`)
	// ok: conf.strings.go.exact
	check("b")
}
