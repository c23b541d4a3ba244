package proxy

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

func Fetch(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// ruleid: go.http.ssrf
	resp, err := http.Get(target)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)

	// ok: go.http.ssrf
	http.Get("https://status.example.com/health")

	// ok: go.http.ssrf
	http.Get("https://api.example.com/search?q=" + url.QueryEscape(target))

	forward(r.Context(), r.FormValue("callback"))
}

func forward(ctx context.Context, callback string) error {
	// ruleid: go.http.ssrf
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, callback, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

type Hook struct {
	URL string `json:"url"`
}

func Register(c *gin.Context) {
	var h Hook
	if err := c.ShouldBindJSON(&h); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	client := &http.Client{}
	// ruleid: go.http.ssrf
	client.Get(h.URL)

	// ruleid: go.http.ssrf
	conn, _ := net.Dial("tcp", c.Query("host")+":6379")
	defer conn.Close()
}

func Avatar(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	// ok: go.http.ssrf
	http.Get("https://avatars.example.com/" + url.PathEscape(user) + ".png")
}
