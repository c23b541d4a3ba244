package main

func f() {
	// ruleid: conf.method-chains.go
	db.Where("name = " + n).Find(&u)
	// ruleid: conf.method-chains.go
	tx.Model(&u).Where(q).Find(&u)
	// ok: conf.method-chains.go
	db.Find(&u)
	// ok: conf.method-chains.go
	db.Where(q).Order("x").Find(&u)
	// todoruleid: conf.method-chains.go.ellipsis
	x.open().a().b().close()
	// todoruleid: conf.method-chains.go.ellipsis
	x.open().close()
	// ok: conf.method-chains.go.ellipsis
	x.reopen().close()
}
