//! The snippets the in-process benchmarks scan: what an assistant typically
//! writes, about 50 lines each, with the flaws the built-in rules look for.
//! Shared by `benches/scan.rs` and `examples/snippet_cost.rs`.

use vigil::Language;

/// (name, text, language or `None` for a chat answer, file name).
pub const CASES: [(&str, &str, Option<Language>, &str); 4] = [
    ("python", PYTHON, Some(Language::Python), "app.py"),
    ("javascript", JAVASCRIPT, Some(Language::JavaScript), "app.js"),
    ("c", C, Some(Language::C), "main.c"),
    ("answer", ANSWER, None, "answer.md"),
];

/// A Flask service of the kind an assistant writes: command execution,
/// YAML, pickle, SQL, templates.
pub const PYTHON: &str = r#"import os
import pickle
import sqlite3
import subprocess

import yaml
from flask import Flask, jsonify, render_template_string, request

app = Flask(__name__)
DB_PATH = os.environ.get("DB_PATH", "app.db")


def get_db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@app.route("/users/<name>")
def user(name):
    db = get_db()
    rows = db.execute("SELECT * FROM users WHERE name = '%s'" % name).fetchall()
    return jsonify([dict(r) for r in rows])


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    out = subprocess.check_output("ping -c 1 " + host, shell=True)
    return out.decode()


@app.route("/config", methods=["POST"])
def load_config():
    config = yaml.load(request.data)
    return jsonify(config)


@app.route("/session", methods=["POST"])
def restore_session():
    state = pickle.loads(request.get_data())
    return jsonify({"user": state.get("user")})


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    return render_template_string("<h1>Hello " + name + "</h1>")


def cleanup(path):
    os.system("rm -rf " + path)


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
"#;

/// An Express service: child_process, eval, SQL, redirects, file reads.
pub const JAVASCRIPT: &str = r#"const express = require('express');
const { exec } = require('child_process');
const fs = require('fs');
const path = require('path');
const mysql = require('mysql');
const crypto = require('crypto');

const app = express();
app.use(express.json());

const db = mysql.createConnection({
  host: 'localhost',
  user: 'root',
  password: process.env.DB_PASSWORD,
  database: 'shop',
});

app.get('/product', (req, res) => {
  const id = req.query.id;
  db.query('SELECT * FROM products WHERE id = ' + id, (err, rows) => {
    if (err) return res.status(500).send(err.message);
    res.json(rows);
  });
});

app.get('/convert', (req, res) => {
  const file = req.query.file;
  exec('convert ' + file + ' out.png', (err, stdout) => {
    if (err) return res.status(500).send('failed');
    res.send(stdout);
  });
});

app.get('/download', (req, res) => {
  const target = path.join(__dirname, 'files', req.query.name);
  res.send(fs.readFileSync(target));
});

app.post('/calc', (req, res) => {
  const result = eval(req.body.expression);
  res.json({ result });
});

app.get('/go', (req, res) => {
  res.redirect(req.query.next);
});

function token() {
  return crypto.createHash('md5').update(String(Math.random())).digest('hex');
}

app.get('/hello', (req, res) => {
  res.send('<p>Hello ' + req.query.name + '</p>');
});

app.listen(3000, () => console.log('listening on 3000', token()));
"#;

/// A small C program with the classic memory-unsafe calls.
pub const C: &str = r#"#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BUF 64

struct user {
    char name[BUF];
    int admin;
};

static void greet(const char *input) {
    char buf[BUF];
    strcpy(buf, input);
    printf(buf);
    printf("\n");
}

static int read_line(char *out) {
    gets(out);
    return (int)strlen(out);
}

static void run(const char *file) {
    char cmd[256];
    sprintf(cmd, "cat %s", file);
    system(cmd);
}

static char *copy_name(const char *src, size_t n) {
    char *dst = malloc(n);
    if (dst == NULL) {
        return NULL;
    }
    memcpy(dst, src, strlen(src) + 1);
    return dst;
}

int main(int argc, char **argv) {
    struct user u;
    char line[BUF];
    if (argc < 2) {
        fprintf(stderr, "usage: %s NAME\n", argv[0]);
        return 1;
    }
    greet(argv[1]);
    read_line(line);
    strcat(u.name, line);
    run(argv[1]);
    char *name = copy_name(argv[1], BUF);
    free(name);
    free(name);
    return 0;
}
"#;

/// A chat answer: prose around two fenced blocks, as a model returns it.
pub const ANSWER: &str = r#"Sure! Here is a small Flask endpoint that runs `ping` for a host the user
gives, and loads its settings from a YAML file.

```python
import subprocess
import yaml
from flask import Flask, request

app = Flask(__name__)

with open("settings.yaml") as f:
    settings = yaml.load(f)


@app.route("/ping")
def ping():
    host = request.args.get("host")
    result = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True)
    return result.stdout
```

To call it from the browser you can use a little JavaScript:

```js
const host = new URLSearchParams(location.search).get('host');
fetch('/ping?host=' + host)
  .then((r) => r.text())
  .then((text) => {
    document.getElementById('out').innerHTML = text;
  });
```

Run it with `flask run`, then open `http://localhost:5000/?host=example.com`.
Remember to install the dependencies first:

```bash
pip install flask pyyaml
```

Let me know if you want the same in FastAPI!
"#;
