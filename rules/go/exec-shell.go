package tools

import (
	"context"
	"fmt"
	"net/http"
	"os/exec"
)

func pingHandler(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ruleid: go.exec.shell-command-injection
	out, err := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func archive(ctx context.Context, dir string) error {
	script := fmt.Sprintf("tar czf /tmp/backup.tgz %s && rm -rf %s", dir, dir)
	// ruleid: go.exec.shell-command-injection
	return exec.CommandContext(ctx, "/bin/bash", "-c", script).Run()
}

func lookup(domain string) ([]byte, error) {
	// ruleid: go.exec.shell-command-injection
	return exec.Command("bash", "-c", fmt.Sprintf("dig +short %s", domain)).Output()
}

func pingSafe(host string) ([]byte, error) {
	// ok: go.exec.shell-command-injection
	return exec.Command("ping", "-c", "1", host).CombinedOutput()
}

func diskFree() ([]byte, error) {
	// ok: go.exec.shell-command-injection
	return exec.Command("sh", "-c", "df -h | tail -n +2").Output()
}

func lookupSafe(ctx context.Context, domain string) ([]byte, error) {
	// ok: go.exec.shell-command-injection
	return exec.CommandContext(ctx, "dig", "+short", domain).Output()
}
