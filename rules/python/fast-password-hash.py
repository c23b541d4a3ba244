import hashlib
import os


def store_user(db, username, password):
    # ruleid: python.hashlib.fast-password-hash
    hashed = hashlib.sha256(password.encode()).hexdigest()
    db.execute("INSERT INTO users VALUES (?, ?)", (username, hashed))


def check(user, password):
    h = hashlib.sha512()
    # ruleid: python.hashlib.fast-password-hash
    h.update(user.salt + password.encode("utf-8"))
    return h.hexdigest() == user.password_hash


# --- Safe versions ---


def store_user_safe(db, username, password):
    salt = os.urandom(16)
    # ok: python.hashlib.fast-password-hash
    key = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    db.execute("INSERT INTO users VALUES (?, ?, ?)", (username, salt, key))


def file_checksum(data):
    # ok: python.hashlib.fast-password-hash
    return hashlib.sha256(data).hexdigest()
