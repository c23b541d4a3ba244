#include <openssl/evp.h>
#include <openssl/des.h>
#include <openssl/rc4.h>

int encrypt_des(const unsigned char *in, int inl, unsigned char *out, const unsigned char *key, const unsigned char *iv) {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len;
    // ruleid: c.openssl.weak-cipher
    EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv);
    EVP_EncryptUpdate(ctx, out, &len, in, inl);
    EVP_CIPHER_CTX_free(ctx);
    return len;
}

int init_ecb(EVP_CIPHER_CTX *ctx, const unsigned char *key) {
    // ruleid: c.openssl.weak-cipher
    return EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL);
}

void stream(const unsigned char *key, int keylen, const unsigned char *in, unsigned char *out, size_t n) {
    RC4_KEY k;
    // ruleid: c.openssl.weak-cipher
    RC4_set_key(&k, keylen, key);
    // ruleid: c.openssl.weak-cipher
    RC4(&k, n, in, out);
}

void legacy(DES_cblock *key) {
    DES_key_schedule schedule;
    DES_set_odd_parity(key);
    // ruleid: c.openssl.weak-cipher
    DES_set_key_unchecked(key, &schedule);
}

const EVP_CIPHER *by_name(void) {
    // ruleid: c.openssl.weak-cipher
    return EVP_get_cipherbyname("bf-cbc");
}

int init_gcm(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
    // ok: c.openssl.weak-cipher
    return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
}

const EVP_CIPHER *by_strong_name(void) {
    // ok: c.openssl.weak-cipher
    return EVP_get_cipherbyname("aes-256-gcm");
}
