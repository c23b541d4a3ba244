import os

from Crypto.Cipher import AES, DES, DES3, ARC4
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_des(key, data):
    # ruleid: python.crypto.weak-cipher
    cipher = DES.new(key, DES.MODE_CBC)
    return cipher.encrypt(data)


def encrypt_ecb(key, data):
    # ruleid: python.crypto.weak-cipher
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(data)


def encrypt_rc4(key, data):
    # ruleid: python.crypto.weak-cipher
    return ARC4.new(key).encrypt(data)


def encrypt_3des_cryptography(key, iv, data):
    # ruleid: python.crypto.weak-cipher
    cipher = Cipher(algorithms.TripleDES(key), modes.CBC(iv))
    return cipher.encryptor().update(data)


def encrypt_ecb_cryptography(key, data):
    # ruleid: python.crypto.weak-cipher
    cipher = Cipher(algorithms.AES(key), modes.ECB())
    return cipher.encryptor().update(data)


# --- Safe versions ---


def encrypt_gcm(key, data):
    # ok: python.crypto.weak-cipher
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce, ciphertext, tag


def encrypt_aesgcm(key, data):
    nonce = os.urandom(12)
    # ok: python.crypto.weak-cipher
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def encrypt_cbc(key, iv, data):
    # ok: python.crypto.weak-cipher
    cipher = Cipher(algorithms.AES(key), modes.CBC(iv))
    return cipher.encryptor().update(data)
