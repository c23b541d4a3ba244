package web

import (
	"fmt"
	"html"
	"html/template"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

var page = template.Must(template.New("p").Parse(`<p>{{.}}</p>`))

func Greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go.http.xss
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)

	// ok: go.http.xss
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", html.EscapeString(name))

	// ruleid: go.http.xss
	page.Execute(w, template.HTML(r.FormValue("bio")))

	// ok: go.http.xss
	page.Execute(w, r.FormValue("bio"))

	// ok: go.http.xss
	fmt.Fprintf(w, "hello %s", name)
}

func Comment(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	body := "<div class=comment>" + r.PostFormValue("text") + "</div>"
	// ruleid: go.http.xss
	w.Write([]byte(body))
	// ruleid: go.http.xss
	io.WriteString(w, r.PostFormValue("footer"))
}

func Plain(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	// ok: go.http.xss
	w.Write([]byte(r.PostFormValue("text")))
}

func Profile(c *gin.Context) {
	bio := c.Query("bio")
	// ruleid: go.http.xss
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>"+bio+"</p>"))
	// ok: go.http.xss
	c.String(http.StatusOK, "bio: %s", bio)
	// ok: go.http.xss
	c.HTML(http.StatusOK, "profile.tmpl", gin.H{"bio": bio})
}
