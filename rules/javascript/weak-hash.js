const crypto = require("crypto");
const CryptoJS = require("crypto-js");

function hashPassword(password) {
  // ruleid: javascript.crypto.weak-hash
  return crypto.createHash("md5").update(password).digest("hex");
}

function sign(data) {
  // ruleid: javascript.crypto.weak-hash
  return crypto.createHash("sha1").update(data).digest("hex");
}

function legacy(data) {
  // ruleid: javascript.crypto.weak-hash
  return CryptoJS.MD5(data).toString();
}

// --- Safe versions ---

function digest(data) {
  // ok: javascript.crypto.weak-hash
  return crypto.createHash("sha256").update(data).digest("hex");
}

function hashPasswordSafe(password, salt) {
  // ok: javascript.crypto.weak-hash
  return crypto.scryptSync(password, salt, 64).toString("hex");
}
