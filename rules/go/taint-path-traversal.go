package files

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

const baseDir = "/srv/files"

func Download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	// ruleid: go.http.path-traversal
	f, err := os.Open(filepath.Join(baseDir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)

	// ruleid: go.http.path-traversal
	http.ServeFile(w, r, "/srv/static"+r.URL.Path)

	// ok: go.http.path-traversal
	os.ReadFile(filepath.Join(baseDir, filepath.Base(name)))

	// ok: go.http.path-traversal
	os.ReadFile(filepath.Join(baseDir, filepath.Clean("/"+name)))

	full := filepath.Join(baseDir, name)
	if !strings.HasPrefix(full, baseDir+string(filepath.Separator)) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	// ok: go.http.path-traversal
	os.ReadFile(full)

	// ok: go.http.path-traversal
	os.ReadFile(filepath.Join(baseDir, "index.html"))

	remove(r.FormValue("path"))
}

func remove(p string) error {
	// ruleid: go.http.path-traversal
	return os.RemoveAll(filepath.Join("/tmp/work", p))
}

func Upload(c *gin.Context) {
	file, err := c.FormFile("file")
	if err != nil {
		c.String(http.StatusBadRequest, "no file")
		return
	}
	// ruleid: go.http.path-traversal
	c.SaveUploadedFile(file, "/srv/uploads/"+file.Filename)
	// ok: go.http.path-traversal
	c.SaveUploadedFile(file, filepath.Join("/srv/uploads", filepath.Base(file.Filename)))

	report := c.Query("report")
	// ruleid: go.http.path-traversal
	c.File("/srv/reports/" + report + ".pdf")

	data := c.PostForm("content")
	// ok: go.http.path-traversal
	os.WriteFile("/srv/notes/latest.txt", []byte(data), 0o600)
}

func Check(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	if !filepath.IsLocal(name) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	// ok: go.http.path-traversal
	os.ReadFile(filepath.Join(baseDir, name))
}
