package auth

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"io"

	"golang.org/x/crypto/bcrypt"
)

func HashPassword(password string) string {
	// ruleid: go.crypto.weak-hash
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func TokenID(token string) string {
	// ruleid: go.crypto.weak-hash
	h := sha1.New()
	io.WriteString(h, token)
	return hex.EncodeToString(h.Sum(nil))
}

func HashPasswordSafe(password string) ([]byte, error) {
	// ok: go.crypto.weak-hash
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

func TokenIDSafe(token string) string {
	// ok: go.crypto.weak-hash
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

func Digest(r io.Reader) ([]byte, error) {
	// ok: go.crypto.weak-hash
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
}
