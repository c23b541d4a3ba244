package main

func f(db *sql.DB, name string, id int) {
	var other string = g()
	// ruleid: conf.typed-metavariables.go
	db.Query("SELECT * FROM t WHERE name = " + name)
	// ruleid: conf.typed-metavariables.go
	db.Query("SELECT * FROM t WHERE name = " + other)
	// ok: conf.typed-metavariables.go
	db.Query("SELECT * FROM t WHERE id = " + strconv.Itoa(id))
	// ok: conf.typed-metavariables.go
	db.Query("SELECT * FROM t WHERE id = " + id)
}
