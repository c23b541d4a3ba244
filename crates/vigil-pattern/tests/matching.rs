//! Patterns against code, per language: what must match and what must not.

use vigil_core::Language;
use vigil_pattern::Pattern;

fn found(lang: Language, pattern: &str, code: &str) -> Vec<String> {
    let pattern = Pattern::compile(pattern, lang).unwrap_or_else(|e| panic!("{pattern}: {e}"));
    let parsed = vigil_lang::parse(lang, code).unwrap();
    pattern
        .find_all(parsed.tree.root_node(), &parsed.source)
        .iter()
        .map(|m| parsed.source[m.start..m.end].to_string())
        .collect()
}

fn bound(lang: Language, pattern: &str, code: &str, var: &str) -> Vec<String> {
    let pattern = Pattern::compile(pattern, lang).unwrap();
    let parsed = vigil_lang::parse(lang, code).unwrap();
    pattern
        .find_all(parsed.tree.root_node(), &parsed.source)
        .iter()
        .filter_map(|m| m.bindings.iter().find(|(n, _)| &**n == var))
        .map(|(_, b)| parsed.source[b.start..b.end].to_string())
        .collect()
}

#[test]
fn python_calls_with_metavariables_and_ellipsis() {
    let code = "import yaml\nyaml.load(data)\nyaml.load(data, Loader=yaml.SafeLoader)\nyaml.safe_load(x)\n";
    assert_eq!(found(Language::Python, "yaml.load($X)", code), vec!["yaml.load(data)"]);
    assert_eq!(found(Language::Python, "yaml.load(...)", code).len(), 2);
    assert_eq!(found(Language::Python, "yaml.load($X, ...)", code).len(), 2);
    assert_eq!(bound(Language::Python, "yaml.load($X, ...)", code, "X"), vec!["data", "data"]);
}

#[test]
fn python_keyword_arguments_and_literals() {
    let code = "subprocess.call(cmd, shell=True)\nsubprocess.call(cmd, shell=False)\nsubprocess.call(['ls'])\n";
    assert_eq!(
        found(Language::Python, "subprocess.call(..., shell=True, ...)", code),
        vec!["subprocess.call(cmd, shell=True)"]
    );
}

#[test]
fn repeated_metavariables_must_agree() {
    let code = "a == a\na == b\nf(x) == f( x )\n";
    assert_eq!(found(Language::Python, "$X == $X", code), vec!["a == a", "f(x) == f( x )"]);
}

#[test]
fn string_ellipsis_and_quote_styles() {
    let code = "os.system('ls')\nos.system(\"ls\")\nos.system(cmd)\n";
    assert_eq!(found(Language::Python, "os.system(\"...\")", code).len(), 2);
    assert_eq!(found(Language::Python, "os.system(\"ls\")", code).len(), 2);
    assert_eq!(found(Language::Python, "os.system('rm')", code).len(), 0);
}

#[test]
fn every_argument_is_a_separate_match() {
    let code = "f(a, b, c)\n";
    assert_eq!(bound(Language::Python, "f(..., $X, ...)", code, "X"), vec!["a", "b", "c"]);
}

#[test]
fn sequence_metavariables_bind_ranges() {
    let code = "f(1, 2, 3)\n";
    assert_eq!(bound(Language::Python, "f($...ARGS)", code, "ARGS"), vec!["1, 2, 3"]);
}

#[test]
fn statement_sequences_with_ellipsis() {
    let code = "def g():\n    x = open(p)\n    y = 1\n    x.close()\n";
    assert_eq!(found(Language::Python, "$F = open(...)\n...\n$F.close()", code).len(), 1);
    assert_eq!(found(Language::Python, "$F = open(...)\n$F.close()", code).len(), 0);
}

#[test]
fn deep_expressions() {
    let code = "cursor.execute(\"SELECT \" + name)\ncursor.execute(q)\n";
    assert_eq!(found(Language::Python, "cursor.execute(<... \"SELECT \" + $X ...>)", code).len(), 1);
}

#[test]
fn javascript() {
    let code = "eval(userInput);\nconst x = eval('1+1');\nnotEval(y);\n";
    assert_eq!(found(Language::JavaScript, "eval($X)", code), vec!["eval(userInput)", "eval('1+1')"]);
    let code = "el.innerHTML = html;\nel.textContent = html;\n";
    assert_eq!(found(Language::JavaScript, "$E.innerHTML = $V", code), vec!["el.innerHTML = html"]);
    let code = "exec(`ls ${dir}`, cb);\n";
    assert_eq!(found(Language::JavaScript, "exec(`...`, ...)", code).len(), 0);
    assert_eq!(found(Language::JavaScript, "exec($CMD, ...)", code).len(), 1);
}

#[test]
fn typescript_and_tsx() {
    assert_eq!(found(Language::TypeScript, "eval($X)", "const a: string = eval(s);\n").len(), 1);
    assert_eq!(found(Language::Tsx, "eval($X)", "const a = <div>{eval(s)}</div>;\n").len(), 1);
}

#[test]
fn java() {
    let code =
        "class A { void f(String c) { Runtime.getRuntime().exec(\"ls \" + c); Runtime.getRuntime().exec(args); } }";
    assert_eq!(found(Language::Java, "Runtime.getRuntime().exec($A + $B)", code).len(), 1);
    assert_eq!(found(Language::Java, "Runtime.getRuntime().exec(...)", code).len(), 2);
    assert_eq!(found(Language::Java, "$R.exec(...);", code).len(), 2);
}

#[test]
fn c_and_cpp() {
    let code = "int main() { char b[10]; gets(b); strcpy(b, argv[1]); strncpy(b, s, 9); }";
    assert_eq!(found(Language::C, "gets($B)", code), vec!["gets(b)"]);
    assert_eq!(found(Language::C, "strcpy(...)", code), vec!["strcpy(b, argv[1])"]);
    assert_eq!(found(Language::Cpp, "strcpy($D, $S)", code).len(), 1);
}

#[test]
fn go() {
    let code = "package main\nfunc f() {\n\tcmd := exec.Command(\"sh\", \"-c\", x)\n\tdb.Query(\"SELECT \" + id)\n}\n";
    assert_eq!(found(Language::Go, "exec.Command(\"sh\", \"-c\", $X)", code).len(), 1);
    assert_eq!(found(Language::Go, "$DB.Query($Q + $ID)", code).len(), 1);
}

#[test]
fn php_with_and_without_open_tag() {
    let pattern = "system($X)";
    assert_eq!(found(Language::Php, pattern, "<?php\nsystem($_GET['c']);\n").len(), 1);
    assert_eq!(found(Language::Php, pattern, "system($cmd);").len(), 1);
    assert_eq!(found(Language::Php, "echo $_GET[$K];", "<?php echo $_GET['x']; echo $_POST['y'];").len(), 1);
}

#[test]
fn csharp_ruby_rust() {
    assert_eq!(found(Language::CSharp, "Process.Start($X)", "class A { void F() { Process.Start(cmd); } }").len(), 1);
    assert_eq!(found(Language::Ruby, "system($X)", "system(params[:cmd])\nputs 1\n").len(), 1);
    assert_eq!(found(Language::Rust, "Command::new($X)", "fn main() { let c = Command::new(arg); }").len(), 1);
}

#[test]
fn bad_patterns_are_errors() {
    assert!(Pattern::compile("", Language::Python).is_err());
    assert!(Pattern::compile("foo(((", Language::Python).is_err());
    assert!(Pattern::compile("x", Language::Generic).is_err());
}

#[test]
fn imports_and_aliases_resolve() {
    let code = "import subprocess as sp\nfrom os import system\nsp.call(x)\nsystem(y)\nother.call(z)\n";
    assert_eq!(found_in_context(Language::Python, "subprocess.call(...)", code), vec!["sp.call(x)"]);
    assert_eq!(found_in_context(Language::Python, "os.system($X)", code), vec!["system(y)"]);
    let code = "const cp = require('child_process');\nconst { exec } = require('child_process');\nimport { execSync as run } from 'child_process';\ncp.exec(a);\nexec(b);\nrun(c);\nfoo.exec(d);\n";
    // A metavariable member also reaches names imported from the module, as in Semgrep.
    assert_eq!(
        found_in_context(Language::JavaScript, "child_process.$F(...)", code),
        vec!["cp.exec(a)", "exec(b)", "run(c)"]
    );
    assert_eq!(found_in_context(Language::JavaScript, "child_process.exec(...)", code), vec!["cp.exec(a)", "exec(b)"]);
    assert_eq!(found_in_context(Language::JavaScript, "child_process.execSync(...)", code), vec!["run(c)"]);
    let code = "import java.security.*;\nclass A { void f() { MessageDigest.getInstance(\"MD5\"); Runtime.getRuntime().exec(c); } }";
    assert_eq!(found_in_context(Language::Java, "java.security.MessageDigest.getInstance(...)", code).len(), 1);
    assert_eq!(found_in_context(Language::Java, "java.lang.Runtime.getRuntime().exec(...)", code).len(), 1);
    let code = "package main\nimport ex \"os/exec\"\nfunc f() { ex.Command(x) }\n";
    assert_eq!(found_in_context(Language::Go, "exec.Command(...)", code).len(), 1);
}

#[test]
fn keyword_arguments_in_any_order() {
    let code = "subprocess.run(cmd, shell=True, check=True)\nsubprocess.run(cmd, check=True, shell=True)\nsubprocess.run(cmd, check=True)\n";
    assert_eq!(found(Language::Python, "subprocess.run($C, ..., shell=True)", code).len(), 2);
    assert_eq!(found(Language::Python, "subprocess.run($C, shell=True, check=True)", code).len(), 2);
    assert_eq!(found(Language::Python, "subprocess.run($C, shell=True)", code).len(), 0, "extra keywords need `...`");
}

#[test]
fn constants_propagate_and_parentheses_do_not_matter() {
    let code = "q = 'SELECT * FROM t'\ncur.execute(q)\ncur.execute(user)\ncur.execute(('SELECT 1'))\n";
    assert_eq!(
        found_in_context(Language::Python, "cur.execute(\"...\")", code),
        vec!["cur.execute(q)", "cur.execute(('SELECT 1'))"]
    );
    assert_eq!(found_in_context(Language::Python, "cur.execute('SELECT * FROM t')", code), vec!["cur.execute(q)"]);
}

fn found_in_context(lang: Language, pattern: &str, code: &str) -> Vec<String> {
    let pattern = Pattern::compile(pattern, lang).unwrap_or_else(|e| panic!("{pattern}: {e}"));
    let parsed = vigil_lang::parse(lang, code).unwrap();
    let root = parsed.tree.root_node();
    let ctx = vigil_pattern::MatchContext::for_tree(lang, root, &parsed.source);
    pattern
        .find_at_in(vigil_lang::PreorderIter::new(root), &parsed.source, &ctx)
        .iter()
        .map(|m| parsed.source[m.start..m.end].to_string())
        .collect()
}

#[test]
fn typed_metavariables() {
    let code = "class A { void f(String s, int n) { String q = g(); Object o = h(); run(s); run(q); run(o); run(\"lit\"); run(n); run(42); } }";
    assert_eq!(found_in_context(Language::Java, "run((String $X))", code), vec!["run(s)", "run(q)", "run(\"lit\")"]);
    assert_eq!(found_in_context(Language::Java, "run((int $N))", code), vec!["run(n)", "run(42)"]);
    let code = "void f(char *p, int n) { char buf[8]; strcpy(buf, p); strcpy(buf, \"x\"); memcpy(buf, p, n); }";
    assert_eq!(
        found_in_context(Language::C, "strcpy($D, (char *$S))", code),
        vec!["strcpy(buf, p)", "strcpy(buf, \"x\")"]
    );
    assert_eq!(found_in_context(Language::C, "memcpy($D, $S, (int $N))", code).len(), 1);
    let code = "package main\nfunc f(cmd string, n int) { run(cmd); run(n) }\n";
    assert_eq!(found_in_context(Language::Go, "run(($X : string))", code), vec!["run(cmd)"]);
    let code = "class A { void F(string s, int n) { Run(s); Run(n); } }";
    assert_eq!(found_in_context(Language::CSharp, "Run((string $X))", code), vec!["Run(s)"]);
}

#[test]
fn ellipsis_in_literals_and_parameters() {
    let code = "cfg = {'debug': True, 'host': h}\nother = {'host': h}\n";
    assert_eq!(found(Language::Python, "{..., 'debug': True, ...}", code).len(), 1);
    let code = "def handler(request, user):\n    pass\ndef other():\n    pass\n";
    assert_eq!(found(Language::Python, "def $F(..., request, ...):\n    ...", code).len(), 1);
    let code = "const o = {a: 1, secret: k, b: 2};\nconst p = [1, x, 3];\n";
    assert_eq!(found(Language::JavaScript, "{..., secret: $S, ...}", code).len(), 1);
    assert_eq!(found(Language::JavaScript, "[..., x, ...]", code).len(), 1);
    let code = "function f(a, b) { eval(b); }\n";
    assert_eq!(found(Language::JavaScript, "function $F(...) { ... }", code).len(), 1);
}

#[test]
fn go_statement_sequences_match_anywhere_in_a_block() {
    let code =
        "package main\nfunc f() {\n\tlog.Print(1)\n\tq := fmt.Sprintf(\"SELECT %s\", x)\n\tn := 2\n\tdb.Query(q)\n}\n";
    assert_eq!(found(Language::Go, "$Q := fmt.Sprintf(...)\n...\n$DB.Query($Q)", code).len(), 1);
}

#[test]
fn deep_nesting_and_long_lists_do_not_overflow_the_stack() {
    let deep = format!("eval({}x{})\n", "(".repeat(20_000), ")".repeat(20_000));
    assert_eq!(found(Language::Python, "eval(\"...\")", &deep).len(), 0);
    assert_eq!(found(Language::Python, "eval(<... x ...>)", &deep).len(), 1);
    let long = format!("f({})\n", vec!["a"; 50_000].join(", "));
    // Too long to match element by element: given up, not crashed.
    let _ = found(Language::Python, "f(..., b, ...)", &long);
    assert_eq!(found(Language::Python, "f(...)", &long).len(), 1);
}

#[test]
fn declarations_modifiers_and_blocks_on_one_line() {
    let code = "class A { @Override public void f() throws IOException { String a = input(); b = input(); if (u.isAdmin()) { g(); } } }";
    assert_eq!(found(Language::Java, "$X = input()", code).len(), 2);
    assert_eq!(found(Language::Java, "void $M() { ... }", code).len(), 1);
    assert_eq!(found(Language::Java, "if ($U.isAdmin()) { ... }", code).len(), 1);
    assert_eq!(
        found(Language::Java, "sink(<... input() ...>)", "class A { void f() { sink(x + input()); } }").len(),
        1
    );
    let code = "const a = input();\nlet b;\nb = input();\n";
    assert_eq!(found(Language::JavaScript, "$X = input()", code).len(), 2);
    let code = "package main\nfunc f() { a := input(); var b = input() }\n";
    assert_eq!(found(Language::Go, "$X = input()", code).len(), 2);
    let code = "async def login(user, password):\n    pass\n";
    assert_eq!(found(Language::Python, "def $F(..., password, ...):\n    ...", code).len(), 1);
}

#[test]
fn declarations_in_statement_sequences_and_if_without_else() {
    let code = "void f() { int a = g(); h(); use(a); char *pw = getpass(); }";
    assert_eq!(found(Language::C, "$X = g();\n...\nuse($X);", code).len(), 1);
    assert_eq!(bound(Language::C, "$X = getpass()", code, "X"), vec!["pw"]);
    let code = "class A { void f() { int a = g(); h(); use(a); } }";
    assert_eq!(found(Language::Java, "$X = g();\n...\nuse($X);", code).len(), 1);
    let code = "if x:\n    a()\nelse:\n    b()\n";
    assert_eq!(found(Language::Python, "if $C:\n    a()", code).len(), 1);
}

#[test]
fn a_metavariable_as_a_whole_string() {
    // Bound to the content, without the quotes, as Semgrep's metavariable-regex sees it.
    let code = "fetch('http://a.example/x');\nfetch(url);\n";
    assert_eq!(bound(Language::JavaScript, "fetch('$URL')", code, "URL"), vec!["http://a.example/x"]);
}

#[test]
fn csharp_patterns_without_semicolons_and_bare_metavariables() {
    let code = "class A { void F(string a) { var p = new ProcessStartInfo(a); x(); Process.Start(p); SqlCommand c = new SqlCommand(); c.CommandText = \"x\" + a; } }";
    assert_eq!(found(Language::CSharp, "$P = new ProcessStartInfo(...)\n...\nProcess.Start($P)", code).len(), 1);
    let mut hits = found(Language::CSharp, "($IMPL $CMD).CommandText = <... $A ...>;", code);
    hits.dedup();
    assert_eq!(hits, vec!["c.CommandText = \"x\" + a"]);
    assert!(!found(Language::CSharp, "$X", code).is_empty());
}
