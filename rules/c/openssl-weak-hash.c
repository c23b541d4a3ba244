#include <string.h>
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/sha.h>

// ok: c.openssl.weak-hash
#define DIGEST_OF_CHOICE EVP_sha256
// ruleid: c.openssl.weak-hash
#define PASSWORD_DIGEST EVP_md5

int hash_password(const char *password, unsigned char *out, unsigned int *len) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    // ruleid: c.openssl.weak-hash
    const EVP_MD *md = EVP_md5();
    EVP_DigestInit_ex(ctx, md, NULL);
    EVP_DigestUpdate(ctx, password, strlen(password));
    EVP_DigestFinal_ex(ctx, out, len);
    EVP_MD_CTX_free(ctx);
    return 0;
}

void legacy_md5(const unsigned char *data, size_t n, unsigned char digest[16]) {
    MD5_CTX c;
    // ruleid: c.openssl.weak-hash
    MD5_Init(&c);
    MD5_Update(&c, data, n);
    MD5_Final(digest, &c);
}

void sign_digest(const unsigned char *data, size_t n, unsigned char *out) {
    // ruleid: c.openssl.weak-hash
    SHA1(data, n, out);
}

const EVP_MD *by_name(void) {
    // ruleid: c.openssl.weak-hash
    return EVP_get_digestbyname("sha1");
}

unsigned char *mac(const void *key, int keylen, const unsigned char *d, size_t n, unsigned char *md, unsigned int *mdlen) {
    // ruleid: c.openssl.weak-hash
    return HMAC(EVP_md5(), key, keylen, d, n, md, mdlen);
}

int hash_ok(const char *data, unsigned char *out, unsigned int *len) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    // ok: c.openssl.weak-hash
    EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
    EVP_DigestUpdate(ctx, data, strlen(data));
    EVP_DigestFinal_ex(ctx, out, len);
    EVP_MD_CTX_free(ctx);
    // ok: c.openssl.weak-hash
    SHA256((const unsigned char *)data, strlen(data), out);
    return 0;
}

const EVP_MD *by_strong_name(void) {
    // ok: c.openssl.weak-hash
    return EVP_get_digestbyname("sha256");
}
