package auth

import (
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	"math/rand"
	"strings"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func GenerateToken(n int) string {
	rand.Seed(time.Now().UnixNano())
	b := make([]byte, n)
	for i := range b {
		// ruleid: go.random.insecure-random-secret
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

type Server struct{}

func (s *Server) newSessionID() string {
	// ruleid: go.random.insecure-random-secret
	return fmt.Sprintf("%x", rand.Int63())
}

func resetFlow(user *User) {
	// ruleid: go.random.insecure-random-secret
	otp := 100000 + rand.Intn(900000)
	user.SetOTP(otp)
	var sb strings.Builder
	for i := 0; i < 16; i++ {
		// ruleid: go.random.insecure-random-secret
		user.ResetToken += string(letters[rand.Intn(len(letters))])
	}
	_ = sb
}

func jitter() time.Duration {
	// ok: go.random.insecure-random-secret
	return time.Duration(rand.Intn(100)) * time.Millisecond
}

func shuffle(xs []int) {
	// ok: go.random.insecure-random-secret
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
}

func SecureToken() (string, error) {
	b := make([]byte, 32)
	// ok: go.random.insecure-random-secret
	if _, err := crand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func SecureOTP() (int64, error) {
	// ok: go.random.insecure-random-secret
	n, err := crand.Int(crand.Reader, big.NewInt(900000))
	if err != nil {
		return 0, err
	}
	return n.Int64() + 100000, nil
}
