from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa


def make_key():
    # ruleid: python.crypto.weak-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def make_legacy_key():
    # ruleid: python.crypto.weak-key-size
    return RSA.generate(1024)


def make_dsa():
    # ruleid: python.crypto.weak-key-size
    return dsa.generate_private_key(key_size=1024)


# --- Safe versions ---


def make_key_safe():
    # ok: python.crypto.weak-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def make_rsa_safe():
    # ok: python.crypto.weak-key-size
    return RSA.generate(2048)


def make_ec():
    # ok: python.crypto.weak-key-size
    return ec.generate_private_key(ec.SECP256R1())
