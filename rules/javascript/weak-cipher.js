const crypto = require("crypto");
const CryptoJS = require("crypto-js");

function encryptDes(key, iv, text) {
  // ruleid: javascript.crypto.weak-cipher
  const cipher = crypto.createCipheriv("des-cbc", key, iv);
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

function encryptEcb(key, text) {
  // ruleid: javascript.crypto.weak-cipher
  const cipher = crypto.createCipheriv("aes-256-ecb", key, null);
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

function encryptLegacy(password, text) {
  // ruleid: javascript.crypto.weak-cipher
  const cipher = crypto.createCipher("aes-256-cbc", password);
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

function encryptBrowser(text, key) {
  // ruleid: javascript.crypto.weak-cipher
  return CryptoJS.TripleDES.encrypt(text, key).toString();
}

// --- Safe versions ---

function encryptGcm(key, text) {
  const iv = crypto.randomBytes(12);
  // ok: javascript.crypto.weak-cipher
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return { iv, data, tag: cipher.getAuthTag() };
}
