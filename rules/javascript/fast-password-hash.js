const crypto = require("crypto");
const bcrypt = require("bcrypt");

async function register(db, username, password) {
  // ruleid: javascript.crypto.fast-password-hash
  const hashed = crypto.createHash("sha256").update(password).digest("hex");
  await db.query("INSERT INTO users (name, password) VALUES ($1, $2)", [username, hashed]);
}

function verify(user, password) {
  const h = crypto.createHash("sha512");
  // ruleid: javascript.crypto.fast-password-hash
  h.update(user.salt + password);
  return h.digest("hex") === user.passwordHash;
}

// --- Safe versions ---

async function registerSafe(db, username, password) {
  // ok: javascript.crypto.fast-password-hash
  const hashed = await bcrypt.hash(password, 12);
  await db.query("INSERT INTO users (name, password) VALUES ($1, $2)", [username, hashed]);
}

function etag(body) {
  // ok: javascript.crypto.fast-password-hash
  return crypto.createHash("sha256").update(body).digest("hex");
}
