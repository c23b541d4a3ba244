const { exec, execSync, execFile, spawn } = require("child_process");
const express = require("express");

const app = express();

app.get("/ping", (req, res) => {
  // ruleid: javascript.child-process.exec-injection
  exec(`ping -c 1 ${req.query.host}`, (err, stdout) => {
    res.send(stdout);
  });
});

function gitLog(repoDir, branch) {
  // ruleid: javascript.child-process.exec-injection
  return execSync("git -C " + repoDir + " log --oneline " + branch).toString();
}

function thumbnail(file) {
  const cmd = `convert ${file} -resize 128x128 thumb_${file}`;
  // ruleid: javascript.child-process.exec-injection
  execSync(cmd);
}

app.get("/ping-safe", (req, res) => {
  // ok: javascript.child-process.exec-injection
  execFile("ping", ["-c", "1", req.query.host], (err, stdout) => {
    res.send(stdout);
  });
});

function gitLogSafe(repoDir, branch) {
  // ok: javascript.child-process.exec-injection
  const git = spawn("git", ["-C", repoDir, "log", "--oneline", branch]);
  return git;
}

function uptime() {
  // ok: javascript.child-process.exec-injection
  return execSync("uptime").toString();
}

function findVersion(text) {
  const re = /v(\d+)\.(\d+)/;
  // ok: javascript.child-process.exec-injection
  return re.exec("version: " + text);
}
