import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_cbc(key, data):
    # ruleid: python.crypto.static-iv
    cipher = AES.new(key, AES.MODE_CBC, b"0000000000000000")
    return cipher.encrypt(data)


def encrypt_zero_iv(key, data):
    # ruleid: python.crypto.static-iv
    cipher = Cipher(algorithms.AES(key), modes.CBC(bytes(16)))
    return cipher.encryptor().update(data)


def encrypt_gcm(key, data):
    # ruleid: python.crypto.static-iv
    return AESGCM(key).encrypt(b"\x00" * 12, data, None)


# --- Safe versions ---


def encrypt_cbc_safe(key, data):
    iv = os.urandom(16)
    # ok: python.crypto.static-iv
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(data)


def encrypt_gcm_safe(key, data):
    nonce = os.urandom(12)
    # ok: python.crypto.static-iv
    return nonce + AESGCM(key).encrypt(nonce, data, None)
