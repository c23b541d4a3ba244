package main

func f() {
	// ruleid: conf.severity.go.error
	errorCall()
	// ok: conf.severity.go.error, conf.severity.go.low
	otherCall()
	// ruleid: conf.severity.go.low
	lowCall()
}
