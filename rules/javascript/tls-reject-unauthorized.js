const https = require("https");
const axios = require("axios");
const { Pool } = require("pg");

function fetchStatus(host) {
  return new Promise((resolve) => {
    https.get(
      {
        host,
        path: "/health",
        // ruleid: javascript.tls.reject-unauthorized-false
        rejectUnauthorized: false,
      },
      (res) => resolve(res.statusCode),
    );
  });
}

const client = axios.create({
  baseURL: process.env.API_URL,
  // ruleid: javascript.tls.reject-unauthorized-false
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  // ruleid: javascript.tls.reject-unauthorized-false
  ssl: { rejectUnauthorized: false },
});

// ruleid: javascript.tls.reject-unauthorized-false
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

const safeAgent = new https.Agent({
  // ok: javascript.tls.reject-unauthorized-false
  rejectUnauthorized: true,
  ca: require("fs").readFileSync("/etc/ssl/internal-ca.pem"),
});

const safePool = new Pool({
  connectionString: process.env.DATABASE_URL,
  // ok: javascript.tls.reject-unauthorized-false
  ssl: { ca: process.env.PG_CA_CERT },
});

// ok: javascript.tls.reject-unauthorized-false
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";

module.exports = { fetchStatus, client, pool, safeAgent, safePool };
