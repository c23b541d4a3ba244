use aes_gcm::{aead::KeyInit, Aes256Gcm, Key};
use hmac::{Hmac, Mac};
use jsonwebtoken::{DecodingKey, EncodingKey};
use sha2::Sha256;

pub fn jwt_keys() -> (EncodingKey, DecodingKey) {
    // ruleid: rust.crypto.hardcoded-key
    let enc = EncodingKey::from_secret(b"super-secret-signing-key");
    // ruleid: rust.crypto.hardcoded-key
    let dec = DecodingKey::from_secret("super-secret-signing-key".as_ref());
    (enc, dec)
}

pub fn cipher() -> Aes256Gcm {
    // ruleid: rust.crypto.hardcoded-key
    let key = Key::<Aes256Gcm>::from_slice(b"an example very very secret key.");
    Aes256Gcm::new(key)
}

pub fn mac() -> Hmac<Sha256> {
    // ruleid: rust.crypto.hardcoded-key
    Hmac::<Sha256>::new_from_slice(b"my secret and secure key").unwrap()
}

pub fn from_env() -> EncodingKey {
    let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET");
    // ok: rust.crypto.hardcoded-key
    EncodingKey::from_secret(secret.as_bytes())
}

pub fn mac_from(key: &[u8]) -> Hmac<Sha256> {
    // ok: rust.crypto.hardcoded-key
    Hmac::<Sha256>::new_from_slice(key).unwrap()
}
