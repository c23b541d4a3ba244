//! Directory walking: `.gitignore` (without git), `--exclude`, hidden
//! directories, `--no-ignore`.

mod common;

use common::{Project, OWN_RULES};

fn project() -> Project {
    let p = Project::with_rules();
    p.write(".gitignore", "build/\nignored.py\n*.gen.py\n");
    p.write("src/.gitignore", "local_only.py\n");
    for f in [
        "build/a.py",
        ".hidden/b.py",
        "vendor/c.py",
        "src/d.py",
        "src/local_only.py",
        "src/x.gen.py",
        "ignored.py",
        "top.py",
        ".dotfile.py",
    ] {
        p.write(f, "x = eval(a)\n");
    }
    p
}

fn paths(p: &Project, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(OWN_RULES);
    args.extend(["--format", "json"]);
    args.extend(extra);
    let run = p.run(&args);
    let r = run.json();
    assert!(run.code() == 0 || run.code() == 1, "{}", run.stderr);
    common::locations(&r).into_iter().map(|l| l.1).collect()
}

#[test]
fn gitignore_is_honoured_without_git() {
    let p = project();
    assert!(!p.join(".git").exists());
    assert_eq!(paths(&p, &["."]), vec!["./src/d.py", "./top.py", "./vendor/c.py"]);
}

#[test]
fn no_ignore_walks_ignored_files() {
    let p = project();
    assert_eq!(
        paths(&p, &[".", "--no-ignore"]),
        vec![
            "./build/a.py",
            "./ignored.py",
            "./src/d.py",
            "./src/local_only.py",
            "./src/x.gen.py",
            "./top.py",
            "./vendor/c.py"
        ]
    );
}

#[test]
fn exclude_globs() {
    let p = project();
    assert_eq!(paths(&p, &[".", "--exclude", "vendor/"]), vec!["./src/d.py", "./top.py"]);
    assert_eq!(paths(&p, &[".", "--exclude", "src", "--exclude", "top.py"]), vec!["./vendor/c.py"]);
    assert_eq!(paths(&p, &[".", "--exclude", "*.py"]), Vec::<String>::new());
}

#[test]
fn hidden_files_and_directories_only_with_hidden() {
    let p = project();
    assert_eq!(
        paths(&p, &[".", "--hidden"]),
        vec!["./.dotfile.py", "./.hidden/b.py", "./src/d.py", "./top.py", "./vendor/c.py"]
    );
}

#[test]
fn version_control_directories_are_never_walked() {
    let p = project();
    p.write(".git/hooks/x.py", "x = eval(a)\n");
    p.write(".git/HEAD", "ref: refs/heads/main\n");
    let got = paths(&p, &[".", "--hidden"]);
    assert!(got.iter().all(|p| !p.contains(".git/")), "{got:?}");
}

#[test]
fn a_file_named_explicitly_is_scanned_even_if_ignored() {
    let p = project();
    assert_eq!(paths(&p, &["ignored.py"]), vec!["ignored.py"]);
    assert_eq!(paths(&p, &["build/a.py"]), vec!["build/a.py"]);
}

#[test]
fn a_subdirectory_root_still_honours_the_parent_gitignore() {
    let p = project();
    p.write("src/build/e.py", "x = eval(a)\n");
    assert_eq!(paths(&p, &["src"]), vec!["src/d.py"]);
}

#[test]
fn no_path_means_the_working_directory() {
    let p = project();
    assert_eq!(paths(&p, &[]), paths(&p, &["."]));
    assert_eq!(paths(&p, &[]), vec!["./src/d.py", "./top.py", "./vendor/c.py"]);
}
