package auth

import (
	"crypto/hmac"
	"crypto/sha256"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

// ruleid: go.crypto.hardcoded-key
var jwtKey = []byte("my_secret_key")

func Sign(claims jwt.MapClaims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// ruleid: go.crypto.hardcoded-key
	return token.SignedString([]byte("supersecret"))
}

func Mac(data []byte) []byte {
	// ruleid: go.crypto.hardcoded-key
	m := hmac.New(sha256.New, []byte("webhook-signing-secret"))
	m.Write(data)
	return m.Sum(nil)
}

func SignFromEnv(claims jwt.MapClaims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// ok: go.crypto.hardcoded-key
	return token.SignedString([]byte(os.Getenv("JWT_SECRET")))
}

// ok: go.crypto.hardcoded-key
var greeting = []byte("hello world")
