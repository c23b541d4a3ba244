package server

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
)

func legacyConfig() *tls.Config {
	return &tls.Config{
		// ruleid: go.tls.weak-version-or-key
		MinVersion: tls.VersionTLS10,
	}
}

func setMin(cfg *tls.Config) {
	// ruleid: go.tls.weak-version-or-key
	cfg.MinVersion = tls.VersionTLS11
}

func smallKey() (*rsa.PrivateKey, error) {
	// ruleid: go.tls.weak-version-or-key
	return rsa.GenerateKey(rand.Reader, 1024)
}

func modernConfig() *tls.Config {
	return &tls.Config{
		// ok: go.tls.weak-version-or-key
		MinVersion: tls.VersionTLS12,
	}
}

func goodKey() (*rsa.PrivateKey, error) {
	// ok: go.tls.weak-version-or-key
	return rsa.GenerateKey(rand.Reader, 3072)
}
