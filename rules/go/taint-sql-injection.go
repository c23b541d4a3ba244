package store

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Server struct {
	db   *sql.DB
	gorm *gorm.DB
}

func (s *Server) Search(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go.http.sql-injection
	rows, err := s.db.Query("SELECT id FROM users WHERE name = '" + name + "'")
	if err != nil {
		return
	}
	defer rows.Close()

	query := fmt.Sprintf("DELETE FROM sessions WHERE token = '%s'", r.Header.Get("X-Token"))
	// ruleid: go.http.sql-injection
	s.db.ExecContext(r.Context(), query)

	order := r.FormValue("order")
	q := "SELECT id FROM users ORDER BY "
	q += order
	// ruleid: go.http.sql-injection
	s.db.QueryRow(q)

	// ok: go.http.sql-injection
	s.db.Query("SELECT id FROM users WHERE name = $1", name)

	id, err := strconv.Atoi(r.FormValue("id"))
	if err != nil {
		return
	}
	// ok: go.http.sql-injection
	s.db.Query(fmt.Sprintf("SELECT * FROM users WHERE id = %d", id))

	// ok: go.http.sql-injection
	s.db.Exec("UPDATE counters SET hits = hits + 1")

	s.deleteUser(r.FormValue("user"))
}

func (s *Server) deleteUser(user string) {
	// ruleid: go.http.sql-injection
	s.db.Exec("DELETE FROM users WHERE name = '" + user + "'")
}

type filter struct {
	Name string `json:"name"`
}

func (s *Server) List(c *gin.Context) {
	var f filter
	if err := c.ShouldBindJSON(&f); err != nil {
		c.JSON(400, gin.H{"error": err.Error()})
		return
	}
	var users []User
	// ruleid: go.http.sql-injection
	s.gorm.Where("name = '" + f.Name + "'").Find(&users)
	// ok: go.http.sql-injection
	s.gorm.Where("name = ?", f.Name).Find(&users)
	// ok: go.http.sql-injection
	s.gorm.Where(&User{Name: f.Name}).Find(&users)

	sort := c.Query("sort")
	// ruleid: go.http.sql-injection
	s.gorm.Raw(fmt.Sprintf("SELECT * FROM users ORDER BY %s", sort)).Scan(&users)
}

func (s *Server) Report(w http.ResponseWriter, r *http.Request, table string) {
	// ok: go.http.sql-injection
	s.db.Query("SELECT count(*) FROM " + table)
}
