from Crypto.Hash import MD5 as pycrypto_md5
from Crypto.Hash import SHA3_256
from cryptography.hazmat.primitives import hashes
import hashlib
import hmac
import os


def hash_password(password):
    # ruleid: python.hashlib.weak-hash
    return hashlib.md5(password.encode()).hexdigest()


def api_key_fingerprint(key):
    # ruleid: python.hashlib.weak-hash
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def sign(payload):
    # ruleid: python.hashlib.weak-hash
    h = hashlib.new("md5")
    h.update(payload)
    return h.hexdigest()


def hash_password_safe(password, salt=None):
    salt = salt or os.urandom(16)
    # ok: python.hashlib.weak-hash
    return salt, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def etag(body):
    # ok: python.hashlib.weak-hash
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def digest(data):
    # ok: python.hashlib.weak-hash
    return hashlib.sha256(data).hexdigest()


def digest_named(data):
    # ok: python.hashlib.weak-hash
    return hashlib.new("sha256", data).hexdigest()


def mac(key, msg):
    # ok: python.hashlib.weak-hash
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


def other_libraries(data):
    # ruleid: python.hashlib.weak-hash
    legacy = hashes.Hash(hashes.SHA1())
    # ruleid: python.hashlib.weak-hash
    old = pycrypto_md5.new(data)
    # ok: python.hashlib.weak-hash
    modern = hashes.Hash(hashes.SHA256())
    # ok: python.hashlib.weak-hash
    sha3 = SHA3_256.new(data)
    return legacy, old, modern, sha3
