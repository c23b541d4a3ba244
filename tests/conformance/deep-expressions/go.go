package main

func f() {
	// ruleid: conf.deep-expressions.go
	sink(source())
	// ruleid: conf.deep-expressions.go
	sink("a" + source())
	// ruleid: conf.deep-expressions.go
	sink(f(g(source())))
	// ok: conf.deep-expressions.go
	sink(x)
	// ok: conf.deep-expressions.go
	sink(source)
	// ok: conf.deep-expressions.go
	other("a" + source())
}
