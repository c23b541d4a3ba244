package client

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
	"time"
)

func NewClient() *http.Client {
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{
			MinVersion: tls.VersionTLS12,
			// ruleid: go.tls.insecure-skip-verify
			InsecureSkipVerify: true,
		},
	}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func Dial(addr string) (*tls.Conn, error) {
	// ruleid: go.tls.insecure-skip-verify
	return tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true})
}

func Patch(t *http.Transport) {
	// ruleid: go.tls.insecure-skip-verify
	t.TLSClientConfig.InsecureSkipVerify = true
}

func NewClientSafe(caFile string) (*http.Client, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{
			RootCAs: pool,
			// ok: go.tls.insecure-skip-verify
			InsecureSkipVerify: false,
		},
	}
	return &http.Client{Transport: tr}, nil
}

func DialSafe(addr string) (*tls.Conn, error) {
	// ok: go.tls.insecure-skip-verify
	return tls.Dial("tcp", addr, &tls.Config{MinVersion: tls.VersionTLS12})
}
