const express = require("express");
const mysql = require("mysql2");
const { Pool } = require("pg");
const { Sequelize, QueryTypes } = require("sequelize");
const knex = require("knex")({ client: "pg" });

const app = express();
const db = mysql.createConnection({ host: "localhost", user: "app", database: "shop" });
const pool = new Pool();
const sequelize = new Sequelize("postgres://localhost/shop");

function findUser(name) {
  // ruleid: javascript.express.sql-injection
  return pool.query("SELECT * FROM users WHERE name = '" + name + "'");
}

function whereClause(field, value) {
  return `WHERE ${field} = '${value}'`;
}

app.get("/users", (req, res) => {
  // ruleid: javascript.express.sql-injection
  db.query(`SELECT * FROM users WHERE email = '${req.query.email}'`, (err, rows) => res.json(rows));
});

app.get("/users/by-name", async (req, res) => {
  const result = await findUser(req.query.name);
  res.json(result.rows);
});

app.post("/orders", async (req, res) => {
  const { status } = req.body;
  let sql = "SELECT * FROM orders ";
  sql += whereClause("status", status);
  // ruleid: javascript.express.sql-injection
  const [rows] = await db.promise().execute(sql);
  res.json(rows);
});

app.get("/products/:id", async (req, res) => {
  const query = "SELECT * FROM products WHERE id = " + req.params.id;
  // ruleid: javascript.express.sql-injection
  const rows = await sequelize.query(query, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.get("/search", async (req, res) => {
  const rows = await knex("products")
    // ruleid: javascript.express.sql-injection
    .whereRaw(`title LIKE '%${req.query.q}%'`)
    .select("*");
  // ruleid: javascript.express.sql-injection
  const more = await knex.raw("SELECT * FROM tags WHERE name = '" + req.query.tag + "'");
  res.json({ rows, more });
});

app.get("/report", async (req, res) => {
  const repo = getRepository();
  // ruleid: javascript.express.sql-injection
  const rows = await repo.query(`SELECT * FROM sales WHERE region = '${req.query.region}'`);
  res.json(rows);
});

// --- Safe versions ---

app.get("/users-safe", (req, res) => {
  // ok: javascript.express.sql-injection
  db.query("SELECT * FROM users WHERE email = ?", [req.query.email], (err, rows) => res.json(rows));
});

app.get("/users-pg", async (req, res) => {
  // ok: javascript.express.sql-injection
  const { rows } = await pool.query("SELECT * FROM users WHERE name = $1", [req.query.name]);
  res.json(rows);
});

app.get("/products-safe/:id", async (req, res) => {
  const rows = await sequelize.query("SELECT * FROM products WHERE id = :id", {
    // ok: javascript.express.sql-injection
    replacements: { id: req.params.id },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

app.get("/page", async (req, res) => {
  const limit = parseInt(req.query.limit, 10) || 20;
  // ok: javascript.express.sql-injection
  const { rows } = await pool.query(`SELECT * FROM posts LIMIT ${limit}`);
  res.json(rows);
});

app.get("/search-safe", async (req, res) => {
  // ok: javascript.express.sql-injection
  const rows = await knex("products").where("title", "like", `%${req.query.q}%`);
  // ok: javascript.express.sql-injection
  const more = await knex.raw("SELECT * FROM tags WHERE name = ?", [req.query.tag]);
  res.json({ rows, more });
});

app.get("/escaped", (req, res) => {
  // ok: javascript.express.sql-injection
  db.query("SELECT * FROM users WHERE name = " + db.escape(req.query.name), (err, rows) => res.json(rows));
});

app.get("/cache", (req, res) => {
  // Not a database: a Map's `get` with request data is fine.
  // ok: javascript.express.sql-injection
  res.json(cache.get(req.query.key));
});
