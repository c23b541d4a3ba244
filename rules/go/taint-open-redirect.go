package auth

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func Login(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	// ruleid: go.http.open-redirect
	http.Redirect(w, r, next, http.StatusFound)

	if strings.HasPrefix(next, "/") && !strings.HasPrefix(next, "//") {
		// ok: go.http.open-redirect
		http.Redirect(w, r, next, http.StatusFound)
	}

	// ok: go.http.open-redirect
	http.Redirect(w, r, "/login?next="+next, http.StatusFound)

	// ok: go.http.open-redirect
	http.Redirect(w, r, "/", http.StatusFound)
}

func Logout(c *gin.Context) {
	target := c.DefaultQuery("redirect", "/")
	// ruleid: go.http.open-redirect
	c.Redirect(http.StatusFound, target)
}

func Out(w http.ResponseWriter, r *http.Request) {
	dest := r.FormValue("to")
	if !strings.HasPrefix(dest, "/") || strings.HasPrefix(dest, "//") {
		dest = "/"
	}
	// ok: go.http.open-redirect
	http.Redirect(w, r, dest, http.StatusSeeOther)
}

var allowedTargets = map[string]bool{"https://partner.example/welcome": true}

func Partner(w http.ResponseWriter, r *http.Request) {
	dest := r.FormValue("to")
	if !allowedTargets[dest] {
		dest = "/"
	}
	// ok: go.http.open-redirect
	http.Redirect(w, r, dest, http.StatusFound)
}

func PartnerOk(w http.ResponseWriter, r *http.Request) {
	dest := r.FormValue("to")
	// Engine gap: a check in an `if` statement's initializer is not seen.
	if _, ok := allowedTargets[dest]; !ok {
		http.Error(w, "unknown target", http.StatusBadRequest)
		return
	}
	// todook: go.http.open-redirect
	http.Redirect(w, r, dest, http.StatusFound)
}
