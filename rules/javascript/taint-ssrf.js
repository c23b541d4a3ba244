const express = require("express");
const axios = require("axios");
const http = require("http");
const got = require("got");

const app = express();
const API_URL = "https://api.example.com";
const ALLOWED_HOSTS = ["images.example.com", "cdn.example.com"];

function fetchPage(url) {
  // ruleid: javascript.express.ssrf
  return axios.get(url, { timeout: 5000 });
}

app.get("/preview", async (req, res) => {
  // ruleid: javascript.express.ssrf
  const response = await fetch(req.query.url);
  res.send(await response.text());
});

app.get("/proxy", async (req, res) => {
  const { data } = await fetchPage(req.query.target);
  res.json(data);
});

app.post("/webhooks/test", async (req, res) => {
  const { callbackUrl } = req.body;
  // ruleid: javascript.express.ssrf
  await axios.post(callbackUrl, { ok: true });
  res.sendStatus(204);
});

app.get("/avatar", (req, res) => {
  // ruleid: javascript.express.ssrf
  http.get(`http://${req.query.host}/avatar.png`, (upstream) => upstream.pipe(res));
});

app.get("/status/:service", async (req, res) => {
  // ruleid: javascript.express.ssrf
  const body = await got("http://" + req.params.service + ".internal:8080/health").text();
  res.send(body);
});

app.get("/import", async (req, res) => {
  // ruleid: javascript.express.ssrf
  const { data } = await axios({ method: "get", url: req.query.feed });
  res.json(data);
});

// --- Safe versions ---

app.get("/user", async (req, res) => {
  const name = encodeURIComponent(req.query.name);
  // ok: javascript.express.ssrf
  const a = await axios.get(`https://api.github.com/users/${name}`);
  // ok: javascript.express.ssrf
  const b = await axios.get(`${API_URL}/repos/${name}`);
  // ok: javascript.express.ssrf
  const c = await fetch(API_URL + "/orgs/" + name);
  // ok: javascript.express.ssrf
  const d = await axios.get("https://api.example.com/search", { params: { q: req.query.q } });
  // ok: javascript.express.ssrf
  const e = await axios.get(config.catalogBase + req.query.path);
  // ruleid: javascript.express.ssrf
  const f = await axios.get(req.query.base + config.catalogPath);
  res.json([a.data, b.data, await c.json(), d.data]);
});

app.get("/image", async (req, res) => {
  const url = new URL(req.query.url);
  if (ALLOWED_HOSTS.includes(url.hostname)) {
    // ok: javascript.express.ssrf
    const { data } = await axios.get(url.toString(), { responseType: "arraybuffer" });
    return res.send(data);
  }
  res.status(400).send("host not allowed");
});

app.get("/health", async (req, res) => {
  // ok: javascript.express.ssrf
  const r = await fetch("http://localhost:8080/health");
  res.send(await r.text());
});

const UPSTREAMS = new Set(["billing.internal", "search.internal"]);

app.get("/upstream/health", (req, res) => {
  if (!UPSTREAMS.has(req.query.host)) {
    return res.sendStatus(400);
  }
  // ok: javascript.express.ssrf
  http.get({ host: req.query.host, path: "/health" }, (up) => res.sendStatus(up.statusCode));
});

app.get("/upstream/status", (req, res) => {
  // ruleid: javascript.express.ssrf
  http.get({ host: req.query.host, path: "/status" }, (up) => res.sendStatus(up.statusCode));
});
