const express = require("express");
const session = require("express-session");
const jwt = require("jsonwebtoken");
const mysql = require("mysql2");

const app = express();

// ruleid: javascript.lang.hardcoded-credential
const JWT_SECRET = "my-super-secret-jwt-key";
// ok: javascript.lang.hardcoded-credential
const JWT_SECRET_FROM_ENV = process.env.JWT_SECRET;
// ok: javascript.lang.hardcoded-credential
const apiKey = process.env.API_KEY || "";
// ok: javascript.lang.hardcoded-credential
const API_KEY = "YOUR_API_KEY";
// ok: javascript.lang.hardcoded-credential
const passwordField = "password";
// ok: javascript.lang.hardcoded-credential
const tokenType = "Bearer";

app.use(
  session({
    // ruleid: javascript.lang.hardcoded-credential
    secret: "keyboard cat dog",
    resave: false,
  })
);

app.use(
  session({
    // ruleid: javascript.lang.hardcoded-credential
    secret: "s3ss10n-s3cr3t",
    resave: false,
  })
);

const db = mysql.createConnection({
  host: "localhost",
  user: "root",
  // ruleid: javascript.lang.hardcoded-credential
  password: "rootpass123",
  database: "shop",
});

const db2 = mysql.createConnection({
  host: "localhost",
  user: "root",
  // ok: javascript.lang.hardcoded-credential
  password: process.env.DB_PASSWORD,
});

function login(user) {
  // ruleid: javascript.lang.hardcoded-credential
  return jwt.sign({ id: user.id }, "secretkey123", { expiresIn: "1h" });
}

function check(token) {
  // ok: javascript.lang.hardcoded-credential
  return jwt.verify(token, process.env.JWT_SECRET);
}

const config = {};
// ruleid: javascript.lang.hardcoded-credential
config.stripeApiKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
// ok: javascript.lang.hardcoded-credential
config.passwordPolicy = "strict";

module.exports = { app, db, db2, login, check, config };
