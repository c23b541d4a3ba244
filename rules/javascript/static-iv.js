const crypto = require("crypto");

function encrypt(key, text) {
  // ruleid: javascript.crypto.static-iv
  const cipher = crypto.createCipheriv("aes-256-cbc", key, Buffer.alloc(16, 0));
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

function encryptFixed(key, text) {
  // ruleid: javascript.crypto.static-iv
  const cipher = crypto.createCipheriv("aes-256-cbc", key, "1234567890123456");
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

// --- Safe versions ---

function encryptSafe(key, text) {
  const iv = crypto.randomBytes(16);
  // ok: javascript.crypto.static-iv
  const cipher = crypto.createCipheriv("aes-256-cbc", key, iv);
  return iv.toString("hex") + ":" + cipher.update(text, "utf8", "hex") + cipher.final("hex");
}
