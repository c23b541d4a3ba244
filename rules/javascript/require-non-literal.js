const path = require("path");

function loadHandler(file) {
  // ruleid: javascript.lang.require-non-literal
  return require("./lib/handlers/" + file);
}

const runCommand = (command, args) => {
  // ruleid: javascript.lang.require-non-literal
  const cmd = require(`./commands/${command}`);
  return cmd(args);
};

class Views {
  setEngine(value) {
    // ruleid: javascript.lang.require-non-literal
    this.engine = require(value);
  }
}

function loadConfig(configFile) {
  // ruleid: javascript.lang.require-non-literal
  return require(path.join(process.cwd(), configFile));
}

// --- Safe versions ---

const HANDLERS = { csv: require("./lib/handlers/csv"), json: require("./lib/handlers/json") };

function loadHandlerSafe(kind) {
  // ok: javascript.lang.require-non-literal
  return HANDLERS[kind];
}

const KNOWN = new Set(["build", "serve"]);

function runKnown(command) {
  if (!KNOWN.has(command)) {
    throw new Error("unknown command");
  }
  // ok: javascript.lang.require-non-literal
  return require(`./commands/${command}`);
}

function fixed() {
  // ok: javascript.lang.require-non-literal
  return require(path.join(__dirname, "defaults.json"));
}
