package web

import (
	"net/http"
	"text/template"
)

var page = template.Must(template.New("page").Parse(`<h1>Hello {{.}}</h1>`))

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go.template.text-template-html
	page.Execute(w, name)
}

func report(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.template.text-template-html
	_ = page.ExecuteTemplate(w, "page", r.FormValue("q"))
}

func renderMail(buf *bytes.Buffer, name string) error {
	// ok: go.template.text-template-html
	return page.Execute(buf, name)
}
