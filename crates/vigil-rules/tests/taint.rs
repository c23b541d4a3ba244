//! Taint rules end to end: flows found, sanitized and constant values not,
//! across functions, in several languages.

use std::path::Path;

use vigil_core::{Language, LineIndex};
use vigil_rules::{load_str, RuleSet, Target};

/// Lines (1-based) of the sinks a taint rule reports in `code`.
fn sink_lines(rule: &str, lang: Language, code: &str) -> Vec<u32> {
    let loaded = load_str(rule, "test.yaml");
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let rules = RuleSet::new(loaded.rules);
    let parsed = vigil_lang::parse(lang, code).unwrap();
    let target = Target::new(Path::new("t"), lang, &parsed.source, parsed.original_len, Some(&parsed.tree));
    let index = LineIndex::new(code);
    let all: Vec<usize> = (0..rules.rules().len()).collect();
    let matches = rules.run(&target, &all);
    for m in &matches {
        assert!(m.flow.len() >= 2, "a taint finding carries its flow");
    }
    matches.iter().map(|m| index.line_of(m.start) as u32 + 1).collect()
}

/// Servlet request parameters reaching `executeQuery`.
const JAVA_SQLI_RULE: &str = r#"
rules:
  - id: java-sqli
    mode: taint
    languages: [java]
    severity: HIGH
    message: m
    pattern-sources:
      - pattern: (HttpServletRequest $R).getParameter(...)
    pattern-sinks:
      - patterns:
          - pattern: $S.executeQuery($Q)
          - focus-metavariable: $Q
"#;

const PY_RULE: &str = r#"
rules:
  - id: py-cmdi
    mode: taint
    languages: [python]
    severity: HIGH
    message: request data reaches a shell
    pattern-sources:
      - pattern: request.$ATTR
    pattern-sanitizers:
      - pattern: shlex.quote(...)
      - pattern: int(...)
    pattern-sinks:
      - patterns:
          - pattern: os.system($CMD)
          - focus-metavariable: $CMD
      - patterns:
          - pattern: subprocess.$F($CMD, ..., shell=True, ...)
          - focus-metavariable: $CMD
"#;

#[test]
fn python_flows_sanitizers_constants_and_helpers() {
    let code = r#"import os, shlex, subprocess
from flask import request

def run(cmd):
    os.system(cmd)

def build(name):
    return "ls " + name

def a():
    name = request.args.get("name")
    os.system("echo " + name)

def b():
    safe = shlex.quote(request.args.get("name"))
    os.system("echo " + safe)

def c():
    n = int(request.args["n"])
    os.system("sleep %d" % n)

def d():
    parts = []
    parts.append(request.form["x"])
    subprocess.call(" ".join(parts), shell=True)

def e():
    run(request.args["q"])

def f():
    cmd = build(request.args["q"])
    os.system(cmd)

def g():
    cmd = "ls"
    if request.args.get("x"):
        cmd = "ls -la"
    os.system(cmd)

def h():
    cmd = request.args["x"]
    cmd = "constant"
    os.system(cmd)

def i():
    cmd = "ls"
    if flag:
        cmd = request.args["x"]
    os.system(cmd)

def j():
    data = request.get_json()
    for item in data["items"]:
        os.system(f"touch {item}")
"#;
    assert_eq!(sink_lines(PY_RULE, Language::Python, code), vec![5, 12, 25, 32, 49, 54]);
}

#[test]
fn javascript_express_flows() {
    let rule = r#"
rules:
  - id: js-cmdi
    mode: taint
    languages: [javascript]
    severity: HIGH
    message: m
    pattern-sources:
      - pattern: $REQ.query
      - pattern: $REQ.body
    pattern-sinks:
      - patterns:
          - pattern: child_process.exec($CMD, ...)
          - focus-metavariable: $CMD
"#;
    let code = r#"const cp = require('child_process');
app.get('/a', (req, res) => {
  const { host } = req.query;
  cp.exec(`ping -c 1 ${host}`, (err, out) => res.send(out));
});
app.get('/b', (req, res) => {
  cp.exec('uptime', (err, out) => res.send(out));
});
app.post('/c', function (req, res) {
  let cmd = 'ls ';
  cmd += req.body.dir;
  cp.exec(cmd);
});
"#;
    assert_eq!(sink_lines(rule, Language::JavaScript, code), vec![4, 12]);
}

#[test]
fn java_servlet_and_go_flows() {
    let java_rule = r#"
rules:
  - id: java-sqli
    mode: taint
    languages: [java]
    severity: HIGH
    message: m
    pattern-sources:
      - pattern: (HttpServletRequest $R).getParameter(...)
    pattern-sinks:
      - patterns:
          - pattern: (java.sql.Statement $S).executeQuery($Q)
          - focus-metavariable: $Q
"#;
    let java = r#"import java.sql.*;
class A {
  void get(HttpServletRequest req, Connection c) throws Exception {
    String id = req.getParameter("id");
    Statement st = c.createStatement();
    String q = "SELECT * FROM t WHERE id = " + id;
    st.executeQuery(q);
    st.executeQuery("SELECT 1");
  }
}
"#;
    assert_eq!(sink_lines(java_rule, Language::Java, java), vec![7]);

    let go_rule = r#"
rules:
  - id: go-sqli
    mode: taint
    languages: [go]
    severity: HIGH
    message: m
    pattern-sources:
      - pattern: '($R : *http.Request).URL.Query().Get(...)'
      - pattern: $R.FormValue(...)
    pattern-sinks:
      - patterns:
          - pattern: $DB.Query($Q, ...)
          - focus-metavariable: $Q
"#;
    let go = r#"package main
func h(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	q := fmt.Sprintf("SELECT * FROM u WHERE name = '%s'", name)
	db.Query(q)
	db.Query("SELECT * FROM u WHERE name = ?", name)
}
"#;
    assert_eq!(sink_lines(go_rule, Language::Go, go), vec![5]);
}

#[test]
fn labels_must_match_requires() {
    let rule = r#"
rules:
  - id: labelled
    mode: taint
    languages: [python]
    severity: HIGH
    message: m
    pattern-sources:
      - pattern: user_input()
        label: USER
      - pattern: config_value()
        label: CONFIG
    pattern-sinks:
      - patterns:
          - pattern: run($X)
          - focus-metavariable: $X
        requires: USER
"#;
    let code = "a = user_input()\nrun(a)\nb = config_value()\nrun(b)\n";
    assert_eq!(sink_lines(rule, Language::Python, code), vec![2]);
}

#[test]
fn helpers_switches_exits_and_clean_values() {
    let rule = JAVA_SQLI_RULE;
    let java = r#"class A {
  String clean(String s) { return "constant"; }
  String same(String s) { return s; }
  void get(HttpServletRequest req, Statement st) throws Exception {
    String p = req.getParameter("id");
    st.executeQuery(clean(p));
    st.executeQuery(same(p));
    String q = "x";
    switch (mode) {
      case 1: q = p; break;
      default: q = "y";
    }
    st.executeQuery(q);
    StringBuilder sb = new StringBuilder();
    sb.append("SELECT ").append(p);
    st.executeQuery(sb.toString());
    st.executeQuery("n=" + p.length());
    if (p.contains("'")) { System.exit(1); }
  }
}
"#;
    assert_eq!(sink_lines(rule, Language::Java, java), vec![7, 13, 16]);
}

#[test]
fn recursive_same_named_methods_stay_small() {
    // Every path through recursive calls used to be kept: memory grew
    // exponentially with the number of overrides.
    let rule = r#"
rules:
  - id: redir
    mode: taint
    languages: [python]
    severity: HIGH
    message: m
    pattern-sources:
      - pattern: $REQ.POST
    pattern-sinks:
      - patterns:
          - pattern: HttpResponseRedirect($URL)
          - focus-metavariable: $URL
"#;
    let mut code = String::from(
        "class A:\n    def dispatch(self, *args, **kwargs):\n        if self.x: return HttpResponseRedirect(self.request.POST['next'])\n        return super().dispatch(*args, **kwargs)\n",
    );
    for _ in 0..40 {
        code.push_str("    def dispatch(self, *args, **kwargs): return super().dispatch(*args, **kwargs)\n");
    }
    assert_eq!(sink_lines(rule, Language::Python, &code), vec![3]);
}

#[test]
fn rust_macro_arguments_carry_taint() {
    let rule = r#"
rules:
  - id: rust-cmd
    mode: taint
    languages: [rust]
    severity: HIGH
    message: m
    pattern-sources:
      - pattern: std::env::var(...)
    pattern-sinks:
      - patterns:
          - pattern: run($CMD)
          - focus-metavariable: $CMD
"#;
    let code = r#"fn main() {
    let name = std::env::var("NAME").unwrap();
    let line = format!("echo {}", name);
    run(line);
    run(format!("echo {} {}", "x", name.trim()));
    let fixed = format!("echo {}", 42);
    run(fixed);
}
"#;
    assert_eq!(sink_lines(rule, Language::Rust, code), vec![4, 5]);
}

#[test]
fn conditions_known_before_run_time_take_one_branch() {
    let rule = JAVA_SQLI_RULE;
    let java = r#"class A {
  void get(HttpServletRequest req, Statement st, int n) throws Exception {
    String p = req.getParameter("id");
    int num = 86;
    String a;
    if ((7 * 18) + num > 200) a = "safe"; else a = p;
    st.executeQuery(a);
    String b = (7 * 42) - num > 200 ? "safe" : p;
    st.executeQuery(b);
    String c = (7 * 42) - num < 200 ? "safe" : p;
    st.executeQuery(c);
    String guess = "ABC";
    char target = guess.charAt(1);
    String d;
    switch (target) {
      case 'A': d = p; break;
      case 'B': d = "safe"; break;
      default: d = p; break;
    }
    st.executeQuery(d);
    int m = 1;
    m = n;
    String e = m > 0 ? "safe" : p;
    st.executeQuery(e);
    for (int i = 0; i < 3; i++) {
      String f = i == 0 ? "safe" : p;
      st.executeQuery(f);
    }
  }
}
"#;
    // a: the condition is true (212 > 200); b: true (208 > 200), so "safe";
    // c: false, so `p`; d: case 'B'; e: `m` is written twice, so unknown;
    // f: a loop variable is unknown.
    assert_eq!(sink_lines(rule, Language::Java, java), vec![11, 24, 27]);
    let python = r#"
import os
from flask import request

def handler():
    param = request.args.get("q")
    num = 106
    bar = "This_should_always_happen" if (7 * 42) - num > 200 else param
    os.system(bar)
    if (500 // 42) + num > 200:
        cmd = param
    else:
        cmd = "ls"
    os.system(cmd)
    if 7 / 2 > 3:
        other = "ls"
    else:
        other = param
    os.system(other)
"#;
    // bar: the condition is false (188); cmd: false (117); other: `/` makes
    // 3.5 in Python, which is not folded, so both branches count.
    assert_eq!(sink_lines(PY_RULE, Language::Python, python), vec![9, 19]);
}

#[test]
fn elements_stored_under_known_keys_are_told_apart() {
    let rule = JAVA_SQLI_RULE;
    let java = r#"class A {
  void handle(HttpServletRequest req, Statement st, String k) throws Exception {
    String p = req.getParameter("id");
    java.util.HashMap<String, Object> map = new java.util.HashMap<String, Object>();
    map.put("keyA", "a-Value");
    map.put("keyB", p);
    map.put("keyC", "another-Value");
    st.executeQuery((String) map.get("keyB"));
    st.executeQuery((String) map.get("keyA"));
    st.executeQuery((String) map.get(k));
    st.executeQuery(map.toString());
    map.put("keyB", "now-safe");
    st.executeQuery((String) map.get("keyB"));
    java.util.Map<String, String[]> all = req.getParameterMap();
    st.executeQuery(all.get("q")[0]);
  }
}
"#;
    // keyB: tainted; keyA: clean; an unknown key or the whole map: tainted;
    // keyB overwritten: clean.
    assert_eq!(sink_lines(rule, Language::Java, java), vec![8, 10, 11]);
}

#[test]
fn dictionary_keys_known_before_run_time_are_told_apart() {
    let python = r#"
import os
from flask import request

def handler():
    param = request.args.get("q")
    values = {}
    values['keyA-1'] = 'a-Value'
    values['keyB-1'] = param
    os.system(values['keyA-1'])
    os.system(values['keyB-1'])
    os.system(values.get('keyA-1'))
    os.system(str(values))
"#;
    assert_eq!(sink_lines(PY_RULE, Language::Python, python), vec![11, 13]);
    let js_rule = r#"
rules:
  - id: js-cmdi
    mode: taint
    languages: [javascript]
    severity: HIGH
    message: m
    pattern-sources:
      - pattern: req.query
    pattern-sinks:
      - pattern: exec(...)
"#;
    let js = r#"
function handler(req, res) {
  const opts = {};
  opts["cmd"] = req.query.cmd;
  opts["dir"] = "/tmp";
  exec(opts.cmd);
  exec(opts["dir"]);
  exec(opts.dir);
}
"#;
    assert_eq!(sink_lines(js_rule, Language::JavaScript, js), vec![6]);
}

#[test]
fn lists_used_as_short_sequences_are_read_by_position() {
    let rule = JAVA_SQLI_RULE;
    let java = r#"class A {
  void handle(HttpServletRequest req, Statement st, int k) throws Exception {
    String p = req.getParameter("id");
    java.util.List<String> values = new java.util.ArrayList<String>();
    values.add("safe");
    values.add(p);
    values.add("moresafe");
    values.remove(0);
    st.executeQuery(values.get(1));
    st.executeQuery(values.get(0));
    java.util.List<String> other = new java.util.ArrayList<>();
    other.add(p);
    other.add("x");
    st.executeQuery(other.get(k));
    java.util.List<String> passed = new java.util.ArrayList<>();
    passed.add("a");
    passed.add(p);
    log(passed);
    st.executeQuery(passed.get(0));
  }
}
"#;
    // values: [p, "moresafe"] after the removal; get(1) is clean, get(0) is
    // p. An index known only at run time, or a list passed elsewhere, is a
    // plain container.
    assert_eq!(sink_lines(rule, Language::Java, java), vec![10, 14, 19]);
    let python = r#"
import os
from flask import request

def handler():
    param = request.args.get("q")
    lst = []
    lst.append('safe')
    lst.append(param)
    lst.append('moresafe')
    lst.pop(0)
    os.system(lst[1])
    os.system(lst[0])
"#;
    assert_eq!(sink_lines(PY_RULE, Language::Python, python), vec![13]);
}

#[test]
fn python_match_on_a_known_subject_runs_one_case() {
    let python = r#"
import os
from flask import request

def handler():
    param = request.args.get("q")
    possible = "ABC"
    guess = possible[1]
    match guess:
        case 'A':
            bar = param
        case 'B':
            bar = 'bob'
        case 'C' | 'D':
            bar = param
        case _:
            bar = 'other'
    os.system(bar)
    match guess:
        case 'C' | 'B':
            other = param
        case _:
            other = 'x'
    os.system(other)
    match param:
        case 'A':
            third = 'a'
        case _:
            third = param
    os.system(third)
"#;
    // `guess` is 'B': the first match takes 'bob', the second `param`; a
    // match on request data keeps every case.
    assert_eq!(sink_lines(PY_RULE, Language::Python, python), vec![24, 30]);
}

#[test]
fn configuration_sections_and_keys_known_before_run_time_are_told_apart() {
    let python = r#"
import os
import configparser
from flask import request

def handler():
    param = request.args.get("q")
    conf = configparser.ConfigParser()
    conf.add_section('section1')
    conf.set('section1', 'keyA-1', 'a_Value')
    conf.set('section1', 'keyB-1', param)
    os.system(conf.get('section1', 'keyA-1'))
    os.system(conf.get('section1', 'keyB-1'))
"#;
    assert_eq!(sink_lines(PY_RULE, Language::Python, python), vec![13]);
}

/// Checks in conditions: an accepting one (`isdigit`) cleans where it holds,
/// a rejecting one (`".." in x`) where it does not; `not`, `and` and `or`
/// combine them, and only a branch that stops (`return`, `raise`, `abort`)
/// makes the value clean after the `if`.
#[test]
fn python_checks_in_conditions() {
    let rule = r#"
rules:
  - id: py-path
    mode: taint
    languages: [python]
    severity: HIGH
    message: request data opens a file
    pattern-sources:
      - pattern: request.$ATTR
    pattern-sanitizers:
      - pattern: $X.isdigit()
      - pattern: '".." in $X'
        rejects: true
    pattern-sinks:
      - patterns:
          - pattern: open($P)
          - focus-metavariable: $P
"#;
    let code = r#"from flask import request, abort

def a():
    name = request.args["n"]
    if ".." in name:
        return "no"
    return open(name)

def b():
    name = request.args["n"]
    if ".." in name:
        log(name)
    return open(name)

def c():
    name = request.args["n"]
    if ".." in name or other:
        abort(400)
    return open(name)

def d():
    name = request.args["n"]
    if ".." in name and other:
        abort(400)
    return open(name)

def e():
    name = request.args["n"]
    if not ".." in name:
        return open(name)
    return open(name)

def f():
    name = request.args["n"]
    if not name.isdigit() or ".." in name:
        raise ValueError(name)
    return open(name)

def g():
    name = request.args["n"]
    if name.isdigit() or ready:
        return open(name)
    return "no"
"#;
    assert_eq!(sink_lines(rule, Language::Python, code), vec![13, 25, 31, 42]);
}

/// The same reading of `!` and `||` in a C-family language.
#[test]
fn javascript_rejecting_check() {
    let rule = r#"
rules:
  - id: js-redirect
    mode: taint
    languages: [javascript]
    severity: HIGH
    message: m
    pattern-sources:
      - pattern: $REQ.query
    pattern-sanitizers:
      - pattern: '!$U.startsWith("/") || $U.startsWith("//")'
        rejects: true
    pattern-sinks:
      - patterns:
          - pattern: $RES.redirect($URL)
          - focus-metavariable: $URL
"#;
    let code = r#"app.get('/a', (req, res) => {
  const to = req.query.to;
  if (!to.startsWith("/") || to.startsWith("//")) {
    return res.send("no");
  }
  res.redirect(to);
});
app.get('/b', (req, res) => {
  const to = req.query.to;
  if (!to.startsWith("/") || to.startsWith("//")) {
    res.redirect(to);
  }
});
"#;
    assert_eq!(sink_lines(rule, Language::JavaScript, code), vec![11]);
}

/// A C taint rule with the given sources, sinks and the rest.
fn c_taint_rule(parts: &str) -> String {
    format!("rules:\n  - id: c-rule\n    mode: taint\n    languages: [c]\n    severity: HIGH\n    message: m\n{parts}")
}

/// C: sources written through buffer arithmetic and macros that rename
/// functions; `by-side-effect: only` for states such as "freed".
#[test]
fn c_buffer_writes_macros_and_side_effect_only_sources() {
    let rule = c_taint_rule(
        r#"
    pattern-sources:
      - patterns:
          - pattern: fgets($BUF, ...)
          - focus-metavariable: $BUF
        by-side-effect: true
      - pattern: getenv(...)
    pattern-propagators:
      - pattern: strncat($TO, $FROM, $N)
        from: $FROM
        to: $TO
    pattern-sinks:
      - patterns:
          - pattern: $FN(..., $ARG, ...)
          - metavariable-regex:
              metavariable: $FN
              regex: ^(execl|system)$
          - focus-metavariable: $ARG
"#,
    );
    let code = "#include <stdio.h>\n\
#define EXECL execl\n\
#define GETENV getenv\n\
#define ARG3 buf\n\
void a(void) {\n\
    char buf[100] = \"ls \";\n\
    size_t len = strlen(buf);\n\
    fgets((char *)(buf + len), (int)(100 - len), stdin);\n\
    EXECL(\"/bin/sh\", \"sh\", \"-c\", ARG3, NULL);\n\
}\n\
void b(void) {\n\
    char buf[100] = \"ls \";\n\
    size_t len = strlen(buf);\n\
    char *env = GETENV(\"ADD\");\n\
    if (env != NULL) strncat(buf + len, env, 100 - len - 1);\n\
    system(buf);\n\
}\n\
void c(void) {\n\
    char buf[100] = \"ls \";\n\
    system(buf);\n\
}\n";
    assert_eq!(sink_lines(&rule, Language::C, code), vec![9, 16]);

    let freed = c_taint_rule(
        r#"
    pattern-sources:
      - patterns:
          - pattern: free($P)
          - focus-metavariable: $P
        by-side-effect: only
    pattern-sinks:
      - patterns:
          - pattern: free($P)
          - focus-metavariable: $P
"#,
    );
    let code = "void f(char *p, char *q, int c) {\n\
    free(q);\n\
    if (c) {\n\
        free(p);\n\
    }\n\
    free(p);\n\
}\n";
    assert_eq!(sink_lines(&freed, Language::C, code), vec![6]);
    // The cases of a C `switch` run (its body is a compound statement).
    let code = "void f(char *p, int mode) {\n\
    switch (mode) {\n\
    case 1:\n\
        free(p);\n\
        break;\n\
    default:\n\
        break;\n\
    }\n\
    free(p);\n\
}\n";
    assert_eq!(sink_lines(&freed, Language::C, code), vec![9]);
}

/// A handler that returns ends only the exceptional path: the flow after the
/// `try` goes on from the body; a handler starts from before or after the
/// body; `finally` runs on every path.
#[test]
fn try_handlers_that_return_do_not_end_the_normal_path() {
    let java = r#"
class A {
    void a(HttpServletRequest req, Statement st) throws Exception {
        String q = req.getParameter("q");
        try {
            check(q);
        } catch (IllegalArgumentException e) {
            return;
        }
        st.executeQuery(q);
    }
    void b(HttpServletRequest req, Statement st) throws Exception {
        String q = "fixed";
        try {
            q = req.getParameter("q");
            parse(q);
        } catch (Exception e) {
            st.executeQuery(q);
            return;
        } finally {
            st.executeQuery(q);
        }
    }
    void c(HttpServletRequest req, Statement st) throws Exception {
        String q = req.getParameter("q");
        try {
            q = "fixed";
        } catch (Exception e) {
            return;
        }
        st.executeQuery(q);
    }
}
"#;
    assert_eq!(sink_lines(JAVA_SQLI_RULE, Language::Java, java), vec![10, 18, 21]);
    let py = r#"
import os
from flask import request
def f():
    cmd = request.args["c"]
    try:
        validate(cmd)
    except ValueError:
        return "bad"
    os.system(cmd)
"#;
    assert_eq!(sink_lines(PY_RULE, Language::Python, py), vec![10]);
}

/// A field declared `false` but set in another method is no constant: the
/// branch it guards is followed.
#[test]
fn fields_set_in_other_methods_are_not_constants() {
    let java = r#"
class A {
    private boolean enabled = false;
    private static final boolean NEVER = false;
    void run(HttpServletRequest req, Statement st) throws Exception {
        enabled = true;
        st.executeQuery(source(req));
    }
    private String source(HttpServletRequest req) {
        String q = null;
        if (enabled) {
            q = req.getParameter("q");
        }
        return q;
    }
    void other(HttpServletRequest req, Statement st) throws Exception {
        String q = "fixed";
        if (NEVER) {
            q = req.getParameter("q");
        }
        st.executeQuery(q);
    }
}
"#;
    assert_eq!(sink_lines(JAVA_SQLI_RULE, Language::Java, java), vec![7]);
}

/// A check on a view of a value made by a one-argument call
/// (`u = urlparse(x)`, then `u.netloc` checked) proves the value clean; a
/// view of an older value does not.
#[test]
fn checks_on_a_view_prove_the_viewed_value_clean() {
    let rule = r#"
rules:
  - id: py-redirect
    mode: taint
    languages: [python]
    severity: HIGH
    message: m
    pattern-sources:
      - pattern: request.args
    pattern-sanitizers:
      - patterns:
          - pattern: $X in $ALLOWED
          - metavariable-regex:
              metavariable: $ALLOWED
              regex: ^\[
      - patterns:
          - pattern: $X not in $ALLOWED
          - metavariable-regex:
              metavariable: $ALLOWED
              regex: ^\[
        rejects: true
    pattern-sinks:
      - patterns:
          - pattern: redirect($URL)
          - focus-metavariable: $URL
"#;
    let py = r#"
from urllib.parse import urlparse
def a():
    target = request.args["next"]
    try:
        url = urlparse(target)
        if url.netloc not in ["example.com"]:
            return "bad"
    except ValueError:
        return "bad"
    return redirect(target)
def b():
    target = request.args["next"]
    url = urlparse(target)
    target = request.args["other"]
    if url.netloc not in ["example.com"]:
        return "bad"
    return redirect(target)
"#;
    assert_eq!(sink_lines(rule, Language::Python, py), vec![18]);
}
