package main

func f(db *sql.DB, id string) {
	// ruleid: conf.patterns.go
	db.Query("SELECT * FROM t WHERE id = " + id)
	// ruleid: conf.patterns.go
	rows, _ := db.Query("SELECT " + id, 1)
	// ok: conf.patterns.go
	db.Query("SELECT * FROM t WHERE id = ?", id)
	_ = rows
}
