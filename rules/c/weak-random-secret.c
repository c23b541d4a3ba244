#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/random.h>

static const char charset[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

void generate_session_id(char *out, size_t n) {
    srand(time(NULL));
    for (size_t i = 0; i + 1 < n; i++) {
        // ruleid: c.libc.weak-random-secret
        out[i] = charset[rand() % (sizeof charset - 1)];
    }
    out[n - 1] = '\0';
}

void fill_key(unsigned char key[32]) {
    for (int i = 0; i < 32; i++) {
        // ruleid: c.libc.weak-random-secret
        key[i] = rand() & 0xff;
    }
}

int new_otp(void) {
    // ruleid: c.libc.weak-random-secret
    int otp = 100000 + rand() % 900000;
    return otp;
}

struct session { char token[33]; int user; };

void init_session(struct session *s) {
    for (int i = 0; i < 32; i++) {
        // ruleid: c.libc.weak-random-secret
        s->token[i] = charset[random() % 62];
    }
}

long pick_salt(void) {
    long salt;
    // ruleid: c.libc.weak-random-secret
    salt = lrand48();
    return salt;
}

int roll_dice(void) {
    // ok: c.libc.weak-random-secret
    int face = rand() % 6 + 1;
    return face;
}

void shuffle(int *deck, int n) {
    for (int i = n - 1; i > 0; i--) {
        // ok: c.libc.weak-random-secret
        int j = rand() % (i + 1);
        int t = deck[i]; deck[i] = deck[j]; deck[j] = t;
    }
}

void fill_keys_for_benchmark(int *keys, int n) {
    for (int i = 0; i < n; i++) {
        // ok: c.libc.weak-random-secret
        keys[i] = i * 7;
    }
}

int safe_token(unsigned char *token, size_t n) {
    // ok: c.libc.weak-random-secret
    return getrandom(token, n, 0) == (ssize_t)n ? 0 : -1;
}

int hash_key(const char *key) {
    // ok: c.libc.weak-random-secret
    int bucket = rand() % 16;
    return bucket + (int)strlen(key);
}
