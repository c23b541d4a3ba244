package store

import (
	"context"
	"database/sql"
	"fmt"
)

type User struct {
	ID   int
	Name string
}

func FindUser(db *sql.DB, name string) (*User, error) {
	var u User
	// ruleid: go.sql.formatted-query
	row := db.QueryRow(fmt.Sprintf("SELECT id, name FROM users WHERE name = '%s'", name))
	if err := row.Scan(&u.ID, &u.Name); err != nil {
		return nil, err
	}
	return &u, nil
}

func DeleteUser(ctx context.Context, db *sql.DB, id string) error {
	// ruleid: go.sql.formatted-query
	_, err := db.ExecContext(ctx, "DELETE FROM users WHERE id = "+id)
	return err
}

func Search(db *sql.DB, term, order string) (*sql.Rows, error) {
	query := "SELECT id, name FROM users WHERE name LIKE '%" + term + "%' ORDER BY " + order
	// ruleid: go.sql.formatted-query
	return db.Query(query)
}

func Orders(ctx context.Context, db *sql.DB, customer string) (*sql.Rows, error) {
	if customer == "" {
		return nil, fmt.Errorf("no customer")
	}
	var query string
	query = fmt.Sprintf("SELECT id, total FROM orders WHERE customer = '%s'", customer)
	// ruleid: go.sql.formatted-query
	return db.QueryContext(ctx, query)
}

func OrdersSafe(ctx context.Context, db *sql.DB, customer string) (*sql.Rows, error) {
	query := "SELECT id, total FROM orders WHERE customer = $1"
	// ok: go.sql.formatted-query
	return db.QueryContext(ctx, query, customer)
}

func FindUserSafe(db *sql.DB, name string) (*User, error) {
	var u User
	// ok: go.sql.formatted-query
	row := db.QueryRow("SELECT id, name FROM users WHERE name = $1", name)
	if err := row.Scan(&u.ID, &u.Name); err != nil {
		return nil, err
	}
	return &u, nil
}

func DeleteUserSafe(ctx context.Context, db *sql.DB, id int) error {
	// ok: go.sql.formatted-query
	_, err := db.ExecContext(ctx, "DELETE FROM users WHERE id = ?", id)
	return err
}

func Greeting(tpl Renderer, name string) error {
	// ok: go.sql.formatted-query
	return tpl.Exec(fmt.Sprintf("hello %s", name))
}
