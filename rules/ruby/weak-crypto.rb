require "digest"
require "openssl"

class User
  def self.digest_password(password)
    # ruleid: ruby.openssl.weak-crypto
    Digest::MD5.hexdigest(password)
  end

  def signature(data)
    # ruleid: ruby.openssl.weak-crypto
    Digest::SHA1.hexdigest(data)
  end

  def encrypt(key, data)
    # ruleid: ruby.openssl.weak-crypto
    cipher = OpenSSL::Cipher.new("des-ede3-cbc")
    cipher.encrypt
    cipher.key = key
    cipher.update(data) + cipher.final
  end

  def encrypt_ecb(key, data)
    # ruleid: ruby.openssl.weak-crypto
    cipher = OpenSSL::Cipher.new("aes-256-ecb")
    cipher.encrypt
    cipher.key = key
    cipher.update(data) + cipher.final
  end

  # --- Safe versions ---

  def checksum(data)
    # ok: ruby.openssl.weak-crypto
    Digest::SHA256.hexdigest(data)
  end

  def encrypt_gcm(key, data)
    # ok: ruby.openssl.weak-crypto
    cipher = OpenSSL::Cipher.new("aes-256-gcm")
    cipher.encrypt
    cipher.key = key
    iv = cipher.random_iv
    [iv, cipher.update(data) + cipher.final, cipher.auth_tag]
  end
end
