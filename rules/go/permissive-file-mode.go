package store

import (
	"io/ioutil"
	"os"
)

func save(path string, data []byte) error {
	// ruleid: go.os.permissive-file-mode
	return os.WriteFile(path, data, 0777)
}

func prepare(dir string) error {
	// ruleid: go.os.permissive-file-mode
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	// ruleid: go.os.permissive-file-mode
	return os.Chmod(dir+"/upload.sh", 0666)
}

func legacy(path string, data []byte) error {
	// ruleid: go.os.permissive-file-mode
	return ioutil.WriteFile(path, data, 0666)
}

func saveSafe(path string, data []byte) error {
	// ok: go.os.permissive-file-mode
	return os.WriteFile(path, data, 0600)
}

func prepareSafe(dir string) error {
	// ok: go.os.permissive-file-mode
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	// ok: go.os.permissive-file-mode
	f, err := os.OpenFile(dir+"/log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0644)
	if err != nil {
		return err
	}
	return f.Close()
}
