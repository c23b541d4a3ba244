package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rc4"
)

func legacyDES(key []byte) (cipher.Block, error) {
	// ruleid: go.crypto.weak-cipher
	return des.NewCipher(key)
}

func legacy3DES(key []byte) (cipher.Block, error) {
	// ruleid: go.crypto.weak-cipher
	return des.NewTripleDESCipher(key)
}

func stream(key, data []byte) ([]byte, error) {
	// ruleid: go.crypto.weak-cipher
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out, nil
}

func modern(key []byte) (cipher.AEAD, error) {
	// ok: go.crypto.weak-cipher
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
