const express = require("express");
const cors = require("cors");

const app = express();

// ruleid: javascript.express.cors-any-origin-with-credentials
app.use(cors({ origin: "*", credentials: true }));

// ruleid: javascript.express.cors-any-origin-with-credentials
app.use(cors({ credentials: true, origin: true }));

const corsOptions = {
  // ruleid: javascript.express.cors-any-origin-with-credentials
  origin: (origin, callback) => callback(null, true),
  credentials: true,
};
app.use(cors(corsOptions));

// --- Safe versions ---

// ok: javascript.express.cors-any-origin-with-credentials
app.use(cors({ origin: ["https://app.example.com"], credentials: true }));

// ok: javascript.express.cors-any-origin-with-credentials
app.use(cors({ origin: "*" }));

// ok: javascript.express.cors-any-origin-with-credentials
app.use(cors({ origin: process.env.FRONTEND_URL, credentials: true }));
