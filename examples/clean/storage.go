package storage

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"database/sql"
	"encoding/hex"
	"net/http"
	"os"
	"os/exec"
)

type Store struct {
	DB *sql.DB
}

// NewBackupClient trusts the object store's internal CA, and nothing else.
func NewBackupClient(caFile string) (*http.Client, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
	}}, nil
}

func (s *Store) FilesOf(owner string) (*sql.Rows, error) {
	return s.DB.Query("SELECT name, size FROM files WHERE owner = $1", owner)
}

func (s *Store) Rename(id int64, name string) error {
	_, err := s.DB.Exec("UPDATE files SET name = $1 WHERE id = $2", name, id)
	return err
}

// HashAPIKey is what the store keeps instead of the raw API key.
func HashAPIKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

func Compress(dir string) error {
	return exec.Command("tar", "czf", dir+".tgz", "--", dir).Run()
}
