use md5::{Digest, Md5};
use sha1::Sha1;
use sha2::Sha256;

pub fn password_digest(password: &str) -> String {
    // ruleid: rust.crypto.weak-hash
    let mut hasher = Md5::new();
    hasher.update(password.as_bytes());
    format!("{:x}", hasher.finalize())
}

pub fn token_id(token: &[u8]) -> Vec<u8> {
    // ruleid: rust.crypto.weak-hash
    Sha1::digest(token).to_vec()
}

pub fn legacy(data: &[u8]) -> String {
    // ruleid: rust.crypto.weak-hash
    let digest = md5::compute(data);
    format!("{:x}", digest)
}

pub fn old_crate(data: &str) -> String {
    use crypto::digest::Digest as _;
    // ruleid: rust.crypto.weak-hash
    let mut h = crypto::sha1::Sha1::new();
    h.input_str(data);
    h.result_str()
}

pub fn with_openssl(data: &[u8]) -> Vec<u8> {
    // ruleid: rust.crypto.weak-hash
    openssl::hash::hash(openssl::hash::MessageDigest::md5(), data).unwrap().to_vec()
}

pub fn integrity(data: &[u8]) -> Vec<u8> {
    // ok: rust.crypto.weak-hash
    let mut hasher = Sha256::new();
    hasher.update(data);
    hasher.finalize().to_vec()
}

pub fn with_openssl_strong(data: &[u8]) -> Vec<u8> {
    // ok: rust.crypto.weak-hash
    openssl::hash::hash(openssl::hash::MessageDigest::sha256(), data).unwrap().to_vec()
}

pub fn with_ring(data: &[u8]) -> ring::digest::Digest {
    // ruleid: rust.crypto.weak-hash
    ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, data)
}
