import socket
import ssl

from OpenSSL import SSL


def connect(host):
    sock = socket.create_connection((host, 443))
    # ruleid: python.ssl.weak-tls-version
    legacy = ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1)
    # ruleid: python.ssl.weak-tls-version
    ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv3)
    # ruleid: python.ssl.weak-tls-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1_1
    # ruleid: python.ssl.weak-tls-version
    old = SSL.Context(SSL.TLSv1_METHOD)
    # ruleid: python.ssl.weak-tls-version
    any_version = SSL.Context(method=SSL.SSLv23_METHOD)

    # ok: python.ssl.weak-tls-version
    modern = ssl.create_default_context()
    # ok: python.ssl.weak-tls-version
    modern.minimum_version = ssl.TLSVersion.TLSv1_2
    # ok: python.ssl.weak-tls-version
    client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ok: python.ssl.weak-tls-version
    negotiated = SSL.Context(SSL.TLS_METHOD)
    return modern.wrap_socket(sock, server_hostname=host)


# ruleid: python.ssl.weak-tls-version
def open_ssl_socket(version=ssl.PROTOCOL_TLSv1):
    pass
