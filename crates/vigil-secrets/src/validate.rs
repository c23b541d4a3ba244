//! Structural checks that a regex cannot express: checksums, decodable
//! headers, minimum key bodies. All pure functions, no allocation on the
//! common path.

use crate::detector::Validator;

/// CRC-32 (IEEE 802.3, the zlib one).
pub fn crc32(data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            }
            *slot = c;
        }
        t
    });
    let mut crc = !0u32;
    for &b in data {
        crc = table[((crc ^ b as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// `n` in base 62 (digits, upper, lower), left-padded with `0` to `width`.
pub fn base62(mut n: u64, width: usize) -> String {
    let mut out = Vec::with_capacity(width);
    while n > 0 {
        out.push(BASE62[(n % 62) as usize]);
        n /= 62;
    }
    while out.len() < width {
        out.push(b'0');
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`) and npm (`npm_`) tokens end with
/// the base-62 CRC-32 of their 30 random characters (GitHub's 2021 token
/// format; npm adopted it the same year).
pub fn github_checksum(token: &str) -> bool {
    let Some(us) = token.find('_') else { return false };
    let body = &token[us + 1..];
    if body.len() != 36 || !body.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    let (random, check) = body.split_at(30);
    base62(crc32(random.as_bytes()) as u64, 6) == check
}

/// The Luhn checksum of the digits in `s` (other characters are ignored).
pub fn luhn(s: &str) -> bool {
    let digits: Vec<u32> = s.bytes().filter(u8::is_ascii_digit).map(|b| (b - b'0') as u32).collect();
    if digits.len() < 2 {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// IBAN lengths by country (ISO 13616 registry).
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NL", 18),
    ("NO", 15),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("SA", 24),
    ("SC", 31),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
];

/// An IBAN (spaces allowed) with a known country, the right length and a
/// valid ISO 7064 mod-97 check.
pub fn iban(s: &str) -> bool {
    let compact: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).map(|b| b.to_ascii_uppercase()).collect();
    if compact.len() < 15 || !compact.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let country = std::str::from_utf8(&compact[..2]).unwrap_or("");
    match IBAN_LENGTHS.iter().find(|(c, _)| *c == country) {
        Some((_, len)) if *len == compact.len() => {}
        _ => return false,
    }
    let mut rem: u32 = 0;
    for &b in compact[4..].iter().chain(&compact[..4]) {
        let v = if b.is_ascii_digit() { (b - b'0') as u32 } else { (b - b'A') as u32 + 10 };
        rem = if v >= 10 { (rem * 100 + v) % 97 } else { (rem * 10 + v) % 97 };
    }
    rem == 1
}

/// Decodes standard or URL-safe base64, padded or not. `None` on any other
/// character.
pub fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for b in s.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => return None,
        } as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// A JWT whose header decodes to a JSON object naming an algorithm or type.
pub fn jwt(token: &str) -> bool {
    let mut parts = token.split('.');
    let (Some(h), Some(p)) = (parts.next(), parts.next()) else { return false };
    let decodes_to_object = |part: &str| {
        base64_decode(part).map(|b| b.first() == Some(&b'{') && std::str::from_utf8(&b).is_ok()).unwrap_or(false)
    };
    let header_ok = base64_decode(h)
        .map(|b| b.first() == Some(&b'{') && (contains(&b, b"\"alg\"") || contains(&b, b"\"typ\"")))
        .unwrap_or(false);
    header_ok && decodes_to_object(p)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// base64 that decodes to printable `user:password` with both parts
/// non-empty (HTTP Basic credentials, Docker `auth`, npm `_auth`).
pub fn basic_credentials(s: &str) -> bool {
    let Some(bytes) = base64_decode(s) else { return false };
    let Ok(text) = std::str::from_utf8(&bytes) else { return false };
    if !text.chars().all(|c| c.is_ascii_graphic() || c == ' ') {
        return false;
    }
    match text.split_once(':') {
        Some((user, pass)) => !user.is_empty() && pass.len() >= 3 && !crate::allow::is_placeholder_password(pass, user),
        None => false,
    }
}

/// A private-key block with a real body: enough base64 characters between
/// the markers that it cannot be a header constant in a PEM parser.
pub fn key_body(s: &str) -> bool {
    let b = s.as_bytes();
    // Skip the first line (the BEGIN marker) and count base64 characters,
    // not counting the `n` of JSON `\n` escapes.
    let start = s.find("-----").map(|i| i + 5).and_then(|i| s[i..].find("-----").map(|j| i + j + 5)).unwrap_or(0);
    let mut n = 0usize;
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'-' if b[i..].starts_with(b"-----END") || b[i..].starts_with(b"---- END") => break,
            c if c.is_ascii_alphanumeric() || c == b'+' || c == b'/' => n += 1,
            _ => {}
        }
        i += 1;
    }
    if n < 64 {
        return false;
    }
    // A body of one repeated character or `XXXX` is a template, not a key.
    let body: Vec<u8> = b[start..].iter().copied().filter(u8::is_ascii_alphanumeric).collect();
    let distinct = {
        let mut seen = [false; 256];
        body.iter().for_each(|&c| seen[c as usize] = true);
        seen.iter().filter(|&&x| x).count()
    };
    distinct >= 16
}

/// A base64 blob that is really a PEM private key (kubeconfig
/// `client-key-data`, Kubernetes secrets): decodes and has a key body.
pub fn base64_pem(s: &str) -> bool {
    base64_decode(s)
        .and_then(|b| String::from_utf8(b).ok())
        .map(|t| t.contains("PRIVATE KEY") && key_body(&t))
        .unwrap_or(false)
}

pub(crate) const GITHUB_CHECKSUM: Validator = Validator { name: "crc32-checksum", check: github_checksum };
pub(crate) const JWT: Validator = Validator { name: "jwt-header", check: jwt };
pub(crate) const BASIC: Validator = Validator { name: "basic-credentials", check: basic_credentials };
pub(crate) const KEY_BODY: Validator = Validator { name: "key-body", check: key_body };
pub(crate) const BASE64_PEM: Validator = Validator { name: "base64-pem", check: base64_pem };

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_zlib() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn github_checksum_round_trips() {
        let random = "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1";
        let token = format!("ghp_{random}{}", base62(crc32(random.as_bytes()) as u64, 6));
        assert!(github_checksum(&token));
        let mut bad = token.clone();
        bad.replace_range(5..6, "Z");
        assert!(!github_checksum(&bad));
    }

    #[test]
    fn luhn_and_iban() {
        assert!(luhn("4111 1111 1111 1111"));
        assert!(!luhn("4111 1111 1111 1112"));
        assert!(iban("GB82 WEST 1234 5698 7654 32"));
        assert!(iban("DE89370400440532013000"));
        assert!(!iban("DE89370400440532013001"));
        assert!(!iban("XX89370400440532013000"));
    }

    #[test]
    fn jwt_needs_a_json_header() {
        assert!(jwt("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc"));
        assert!(!jwt("eyJub3RhbGciOjF9.eyJzdWIiOiIxIn0.abc"));
    }

    #[test]
    fn basic_credentials_decode() {
        assert!(basic_credentials("YWxpY2U6WnE4ckwybXg=")); // alice:Zq8rL2mx
        assert!(!basic_credentials("aGVsbG8gd29ybGQ=")); // hello world
    }
}
