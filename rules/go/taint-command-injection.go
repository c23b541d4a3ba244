package tools

import (
	"context"
	"net/http"
	"os/exec"
	"regexp"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

var hostPattern = regexp.MustCompile(`^[a-zA-Z0-9.-]{1,253}$`)

func Ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ruleid: go.http.command-injection
	out, _ := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()
	w.Write(out)

	// ruleid: go.http.command-injection
	exec.Command(r.FormValue("tool"), "--version").Run()

	count, err := strconv.Atoi(r.FormValue("count"))
	if err != nil {
		return
	}
	// ok: go.http.command-injection
	exec.Command("ping", "-c", strconv.Itoa(count), "localhost").Run()

	if !hostPattern.MatchString(host) {
		http.Error(w, "bad host", http.StatusBadRequest)
		return
	}
	// ok: go.http.command-injection
	exec.Command("ping", "-c", "1", "--", host).Run()

	// ok: go.http.command-injection
	exec.Command("uptime").Run()
}

func Archive(c *gin.Context) {
	name := c.Param("name")
	cmd := "tar czf /backups/" + name + ".tgz /srv/data"
	runShell(c.Request.Context(), cmd)
}

func runShell(ctx context.Context, line string) error {
	// ruleid: go.http.command-injection
	return exec.CommandContext(ctx, "bash", "-c", line).Run()
}

func Convert(c echo.Context) error {
	args := []string{"-resize", "50%"}
	args = append(args, c.FormValue("file"))
	// ruleid: go.http.command-injection
	return exec.Command("convert", args...).Run()
}

func Version(w http.ResponseWriter, r *http.Request) {
	tool := "git"
	// ok: go.http.command-injection
	out, _ := exec.Command(tool, "--version").Output()
	w.Write(out)
}
