#!/usr/bin/env python3
"""Whole-process benchmark of `vigil scan` on real corpora.

Run it through `bench/whole-scan.sh`, which builds the binaries first. For each
corpus it times, under `/usr/bin/time -v`:

- `parse_only -jN`: the same walk, decoding and skips as `vigil scan`, and a
  tree-sitter parse of every code file and Markdown block, but no rule (the
  `crates/vigil/examples/parse_only.rs` example);
- `vigil scan -jN --format json` with the built-in rules, report to /dev/null;

with one and two threads, keeps the fastest of `--repeat` runs, and prints
files, MB, wall time, MB/s, files/s, peak RSS, the scan/parse ratio and the
two-thread speed-up. With `--callgrind` it also counts instructions (one
thread, repeatable on a noisy machine) for both on a small subset of each
corpus, net of the start-up cost (measured on an empty directory).

Corpora are built under the work directory (default /tmp/vigil-bench), never in
the repository:
- stdlib: the `.py` files of the running CPython's standard library, without
  site-packages (about 31.5 MB for 3.11), plus stdlib-x2 and stdlib-x4: two
  and four copies of it side by side (hard links), scanned once with two
  threads to show that peak memory does not grow with the size of the tree;
- node_modules: `npm install` of typescript, webpack, eslint, lodash, rxjs,
  @babel/core and date-fns (skipped with --no-npm or when npm fails).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

NPM_PACKAGES = [
    "typescript@5",
    "webpack@5",
    "eslint@9",
    "lodash@4",
    "rxjs@7",
    "@babel/core@7",
    "date-fns@4",
]

# Subsets for the instruction counts: small enough for valgrind (about 50x
# slower than native), large enough that start-up is a small share.
CALLGRIND_SUBSETS = {
    "stdlib": ["email", "json", "http", "logging", "urllib"],
    "node_modules": ["node_modules/eslint/lib/rules"],
}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def stdlib_corpus(work: Path) -> Path:
    src = Path(sysconfig.get_paths()["stdlib"])
    dst = work / "stdlib"
    stamp = dst / ".complete"
    if stamp.exists():
        return dst
    log(f"copying the .py files of {src} to {dst}")
    if dst.exists():
        shutil.rmtree(dst)
    for path in sorted(src.rglob("*.py")):
        rel = path.relative_to(src)
        if rel.parts[0] == "site-packages" or "__pycache__" in rel.parts:
            continue
        out = dst / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, out)
    stamp.touch()
    return dst


def multiple_corpus(full: Path, work: Path, times: int) -> Path:
    """`times` copies of `full` side by side (hard links): a tree `times` times
    as large whose largest file is the same."""
    dst = work / f"stdlib-x{times}"
    stamp = dst / ".complete"
    if stamp.exists():
        return dst
    if dst.exists():
        shutil.rmtree(dst)
    for i in range(times):
        for path in sorted(full.rglob("*.py")):
            out = dst / f"copy{i}" / path.relative_to(full)
            out.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, out)
    stamp.touch()
    return dst


def npm_corpus(work: Path):
    dst = work / "node"
    modules = dst / "node_modules"
    stamp = dst / ".complete"
    if stamp.exists():
        return modules
    if shutil.which("npm") is None:
        log("npm not found: no node_modules corpus")
        return None
    dst.mkdir(parents=True, exist_ok=True)
    (dst / "package.json").write_text('{"name": "vigil-bench-corpus", "private": true}\n')
    log(f"npm install {' '.join(NPM_PACKAGES)} in {dst}")
    done = subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", *NPM_PACKAGES],
        cwd=dst,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    if done.returncode != 0:
        log(f"npm install failed, no node_modules corpus:\n{done.stderr[-2000:]}")
        return None
    stamp.touch()
    return modules


def timed(cmd, env=None):
    """Runs `cmd` under /usr/bin/time -v: (wall s, user s, sys s, max RSS KiB, stdout)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        started = time.monotonic()
        done = subprocess.run(
            ["/usr/bin/time", "-v", "-o", tf.name, *cmd],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        wall = time.monotonic() - started
        text = Path(tf.name).read_text()
    # vigil exits 1 when it finds something: that is not a failure here.
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-3000:]}")

    def field(name):
        m = re.search(rf"{re.escape(name)}: (.*)", text)
        return m.group(1).strip() if m else None

    rss = int(field("Maximum resident set size (kbytes)") or 0)
    user = float(field("User time (seconds)") or 0)
    system = float(field("System time (seconds)") or 0)
    elapsed = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    if elapsed:
        parts = [float(p) for p in elapsed.split(":")]
        wall = sum(p * 60**i for i, p in enumerate(reversed(parts)))
    return wall, user, system, rss, done.stdout


def best_of(cmd, repeat):
    runs = [timed(cmd) for _ in range(repeat)]
    fastest = min(runs, key=lambda r: r[0])
    return {
        "wall": fastest[0],
        "cpu": fastest[1] + fastest[2],
        "rss_kib": max(r[3] for r in runs),
        "walls": [round(r[0], 3) for r in runs],
        "stdout": fastest[4],
    }


def parse_counts(stdout):
    return {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", stdout)}


def callgrind(cmd):
    """Total instructions of `cmd` (all threads), counted by callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        m = re.search(r"Collected : (\d+)", done.stderr)
        if not m:
            raise SystemExit(f"callgrind failed on {' '.join(cmd)}:\n{done.stderr[-2000:]}")
        return int(m.group(1))


def subset_dir(name, root: Path, work: Path):
    dst = work / f"cg-{name}"
    if dst.exists():
        shutil.rmtree(dst)
    dst.mkdir(parents=True)
    base = root if name == "stdlib" else root.parent
    for part in CALLGRIND_SUBSETS[name]:
        src = base / part
        if src.exists():
            shutil.copytree(src, dst / part.replace("/", "_"), symlinks=True)
    return dst


# The starter rules the scanner-core target is stated for ("a dozen rules across the languages":
# Python `yaml.load` and `shell=True`, C `gets`/`strcpy`, JavaScript `eval`, Java `Runtime.exec`
# with a concatenated string, ...), plus the secrets detectors, which every scan runs. Selected
# with `--enable`, so the binary and the built-in pack are the same as for the full-pack runs.
STARTER_RULES = [
    "python.yaml.unsafe-load",
    "python.subprocess.shell-true",
    "python.pickle.unsafe-load",
    "python.lang.eval-non-literal",
    "c.libc.gets",
    "c.libc.strcpy-unbounded",
    "c.libc.system-non-literal",
    "javascript.lang.eval-non-literal",
    "javascript.child-process.exec-injection",
    "java.lang.runtime-exec-concat",
    "go.sql.formatted-query",
    "php.lang.eval-non-literal",
    "secrets.*",
]


def corpus_bytes(path: Path):
    n = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            n += p.stat().st_size
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vigil", required=True, help="the release vigil binary")
    ap.add_argument("--parse-only", required=True, help="the release parse_only example")
    ap.add_argument("--work", default=os.environ.get("VIGIL_BENCH_DIR", "/tmp/vigil-bench"))
    ap.add_argument("--repeat", type=int, default=3, help="runs of each command; the fastest counts")
    ap.add_argument("--no-npm", action="store_true", help="skip the node_modules corpus")
    ap.add_argument("--no-memory", action="store_true", help="skip the stdlib-x2 and stdlib-x4 memory runs")
    ap.add_argument("--callgrind", action="store_true", help="also count instructions on subsets")
    ap.add_argument("--json", help="write all results to this JSON file")
    ap.add_argument(
        "--rule-set",
        choices=["builtin", "starter"],
        default="builtin",
        help="scan with the whole built-in pack (default) or only the starter rules and the secrets detectors",
    )
    args = ap.parse_args()
    selection = [] if args.rule_set == "builtin" else [x for r in STARTER_RULES for x in ("--enable", r)]

    def scan_cmd(*rest):
        return [args.vigil, "scan", "--no-config", *selection, "--format", "json", *rest]

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    stdlib = stdlib_corpus(work)
    corpora = [("stdlib", stdlib)]
    if not args.no_npm:
        modules = npm_corpus(work)
        if modules is not None:
            corpora.append(("node_modules", modules))

    results = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "machine": f"{os.cpu_count()} cores, {os.uname().machine}, {os.uname().release}",
        "vigil": subprocess.run([args.vigil, "--version"], capture_output=True, text=True).stdout.strip(),
        "repeat": args.repeat,
        "rule_set": args.rule_set,
        "corpora": {},
    }
    for name, path in corpora:
        log(f"== {name}: {path}")
        r = {}
        for j in (1, 2):
            r[f"parse_j{j}"] = best_of([args.parse_only, "-j", str(j), str(path)], args.repeat)
            r[f"scan_j{j}"] = best_of(
                scan_cmd("-j", str(j), "-o", "/dev/null", str(path)),
                args.repeat,
            )
            log(f"   -j{j}: parse {r[f'parse_j{j}']['walls']} s, scan {r[f'scan_j{j}']['walls']} s")
        counts = parse_counts(r["parse_j1"]["stdout"])
        # What vigil itself counted, from one JSON report.
        report = json.loads(
            subprocess.run(
                scan_cmd("-j", "2", str(path)),
                capture_output=True,
                text=True,
            ).stdout
        )
        stats = report.get("stats", {})
        r["files"] = stats.get("files_scanned", counts.get("files"))
        r["bytes"] = stats.get("bytes_scanned", counts.get("bytes"))
        r["parse_files"] = counts.get("files")
        r["parse_bytes"] = counts.get("bytes")
        r["parsed"] = counts.get("parsed")
        r["findings"] = len(report.get("findings", []))
        r["skipped"] = len(report.get("skipped", []))
        for k in list(r):
            if isinstance(r[k], dict):
                r[k].pop("stdout", None)
        results["corpora"][name] = r

    empty = work / "cg-empty"
    empty.mkdir(exist_ok=True)
    if not args.no_memory:
        series = [("empty directory", empty, 0), ("stdlib", stdlib, 1)]
        series += [(f"stdlib-x{t}", multiple_corpus(stdlib, work, t), t) for t in (2, 4)]
        results["memory"] = []
        for name, path, times in series:
            log(f"== memory: {name}")
            scan = timed(scan_cmd("-j", "2", "-o", "/dev/null", str(path)))
            parse = timed([args.parse_only, "-j", "2", str(path)])
            counts = parse_counts(parse[4])
            results["memory"].append(
                {
                    "corpus": name,
                    "files": counts.get("files"),
                    "bytes": counts.get("bytes"),
                    "scan_wall": scan[0],
                    "scan_rss_kib": scan[3],
                    "parse_rss_kib": parse[3],
                }
            )

    if args.callgrind:
        base_scan = callgrind(scan_cmd("-j", "1", "-o", "/dev/null", str(empty)))
        base_parse = callgrind([args.parse_only, "-j", "1", str(empty)])
        results["callgrind"] = {"startup_scan": base_scan, "startup_parse": base_parse, "subsets": {}}
        for name, path in corpora:
            if name not in CALLGRIND_SUBSETS:
                continue
            sub = subset_dir(name, path, work)
            log(f"== callgrind on {sub}")
            scan = callgrind(scan_cmd("-j", "1", "-o", "/dev/null", str(sub)))
            parse = callgrind([args.parse_only, "-j", "1", str(sub)])
            counts = parse_counts(subprocess.run([args.parse_only, "-j", "1", str(sub)], capture_output=True, text=True).stdout)
            results["callgrind"]["subsets"][name] = {
                "dirs": CALLGRIND_SUBSETS[name],
                "files": counts.get("files"),
                "bytes": counts.get("bytes"),
                "scan": scan,
                "parse": parse,
                "ratio_net": (scan - base_scan) / max(1, parse - base_parse),
                "ratio_raw": scan / max(1, parse),
            }

    print_tables(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")


def print_tables(results):
    out = []
    out.append(f"Date: {results['date']}; machine: {results['machine']}; {results['vigil']}; rules: {results['rule_set']}; fastest of {results['repeat']} runs")
    out.append("")
    out.append("| corpus | files | MB | run | wall s | MB/s | files/s | CPU s | peak RSS MiB |")
    out.append("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results["corpora"].items():
        mb = (r["bytes"] or 0) / 1e6
        for key, label in [("parse_j1", "parse only, -j1"), ("scan_j1", "scan, -j1"), ("parse_j2", "parse only, -j2"), ("scan_j2", "scan, -j2")]:
            x = r[key]
            out.append(
                f"| {name} | {r['files']} | {mb:.1f} | {label} | {x['wall']:.2f} | {mb / x['wall']:.2f} | "
                f"{r['files'] / x['wall']:.0f} | {x['cpu']:.2f} | {x['rss_kib'] / 1024:.0f} |"
            )
    out.append("")
    out.append("| corpus | findings | skipped | scan/parse, -j1 (wall) | scan/parse, -j1 (CPU) | scan -j2 speed-up | parse -j2 speed-up |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results["corpora"].items():
        out.append(
            f"| {name} | {r['findings']} | {r['skipped']} | {r['scan_j1']['wall'] / r['parse_j1']['wall']:.2f} | "
            f"{r['scan_j1']['cpu'] / r['parse_j1']['cpu']:.2f} | {r['scan_j1']['wall'] / r['scan_j2']['wall']:.2f} | "
            f"{r['parse_j1']['wall'] / r['parse_j2']['wall']:.2f} |"
        )
    mem = results.get("memory")
    if mem:
        out.append("")
        out.append("Peak memory against the size of the tree (-j2, one run each):")
        out.append("")
        out.append("| corpus | files | MB | scan wall s | scan peak RSS MiB | parse-only peak RSS MiB |")
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |")
        for m in mem:
            out.append(
                f"| {m['corpus']} | {m['files']} | {(m['bytes'] or 0) / 1e6:.1f} | {m['scan_wall']:.2f} | "
                f"{m['scan_rss_kib'] / 1024:.0f} | {m['parse_rss_kib'] / 1024:.0f} |"
            )
    cg = results.get("callgrind")
    if cg:
        out.append("")
        out.append(
            f"Instructions (callgrind, -j1); start-up on an empty directory: scan {cg['startup_scan'] / 1e6:.0f} M, "
            f"parse only {cg['startup_parse'] / 1e6:.0f} M"
        )
        out.append("")
        out.append("| subset | files | MB | scan G instr | parse G instr | scan/parse (net of start-up) | scan/parse (raw) | scan instr/byte | parse instr/byte |")
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, s in cg["subsets"].items():
            b = max(1, s["bytes"] or 1)
            out.append(
                f"| {name}: {', '.join(s['dirs'])} | {s['files']} | {b / 1e6:.2f} | {s['scan'] / 1e9:.2f} | {s['parse'] / 1e9:.2f} | "
                f"{s['ratio_net']:.2f} | {s['ratio_raw']:.2f} | {(s['scan'] - cg['startup_scan']) / b:.0f} | "
                f"{(s['parse'] - cg['startup_parse']) / b:.0f} |"
            )
    print("\n".join(out))


if __name__ == "__main__":
    main()
