// ruleid: conf.ellipsis.javascript.args
app.use(cors());
// ruleid: conf.ellipsis.javascript.args
app.use("/api", auth, cors());
// ok: conf.ellipsis.javascript.args
app.use(cors(), auth);

// ruleid: conf.ellipsis.javascript.params
function handler(req, res, next) {
  next();
}
// ruleid: conf.ellipsis.javascript.params
const h = (req) => req.body;
// ok: conf.ellipsis.javascript.params
function other(res, req) {}
// A `function` pattern matches an `async function` too.
// ruleid: conf.ellipsis.javascript.params
async function asyncHandler(req, res) {
  await next();
}

// ruleid: conf.ellipsis.javascript.statements
db.open();
db.query("x");
db.close();
// ok: conf.ellipsis.javascript.statements
db2.open();

// ruleid: conf.ellipsis.javascript.array
const a = ["x", "*"];
// ok: conf.ellipsis.javascript.array
const b = ["x"];

// ruleid: conf.ellipsis.javascript.object
cors({ origin: "*" });
// ruleid: conf.ellipsis.javascript.object
cors({ credentials: true, origin: "*", maxAge: 5 });
// ok: conf.ellipsis.javascript.object
cors({ origin: "https://a.example" });
