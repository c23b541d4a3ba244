const jwt = require("jsonwebtoken");

function authenticate(req, res, next) {
  const token = req.headers.authorization.split(" ")[1];
  // ruleid: javascript.jwt.unverified-token
  const payload = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256", "none"] });
  req.user = payload;
  next();
}

function authenticateDecoded(req, res, next) {
  const token = req.headers.authorization.split(" ")[1];
  // ruleid: javascript.jwt.unverified-token
  const decoded = jwt.decode(token);
  req.user = decoded;
  next();
}

// --- Safe versions ---

function authenticateSafe(req, res, next) {
  const token = req.headers.authorization.split(" ")[1];
  // ok: javascript.jwt.unverified-token
  req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
  next();
}

function showExpiry(token) {
  // ok: javascript.jwt.unverified-token
  const decoded = jwt.decode(token);
  return new Date(decoded.exp * 1000);
}
