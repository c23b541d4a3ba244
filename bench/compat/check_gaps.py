#!/usr/bin/env python3
"""Check the gap reproducers in bench/compat/gaps/ against Semgrep and Vigil.

Usage: check_gaps.py --semgrep SEMGREP --vigil VIGIL [GAPS_DIR]

Each `<name>.yaml` in GAPS_DIR has annotated targets beside it (`<name>.<ext>`), in the rule-test
convention: `ruleid:` / `todoruleid:` above a line that must be reported, `ok:` / `todook:` above one
that must not. A sub-folder is one case whose rule files are loaded together (duplicate ids).

- Semgrep must agree with every annotation, `todo` ones included: that is what makes each
  `todoruleid` a real gap of Vigil and not a wrong expectation.
- Vigil (`vigil scan --rules`, so that rule files of a folder load together) must report the
  `ruleid` and `todook` lines and no other: `todoruleid` lines are its known misses. A rule file
  may list `# todo-load: <id>` for a rule Vigil cannot load yet; that load error is expected.

Prints one line per case and exits 1 if Semgrep disagrees with an annotation, if Vigil differs from
one other than by an expected load error, or if a gap is fixed (a `todo-load` rule loads, a
`todoruleid` line is reported): then turn the marker into its plain form. The files follow the
conventions of tests/conformance/, so a case can move there once its gap is fixed. Standard
library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys

ANNOTATION = re.compile(r'(?:#|//)\s*(todoruleid|todook|ruleid|ok)\s*:\s*([\w.\-, ]+)')


def annotations(path):
    """[(line the annotation applies to, rule id, kind)]."""
    lines = open(path, errors='replace').read().split('\n')
    out = []
    for i, line in enumerate(lines):
        m = ANNOTATION.search(line)
        if not m:
            continue
        if line[:m.start()].strip():
            target = i
        else:
            target = next((j for j in range(i + 1, len(lines)) if not ANNOTATION.search(lines[j])
                           or lines[j][:ANNOTATION.search(lines[j]).start()].strip()), i + 1)
        for rule in m.group(2).split(','):
            out.append((target + 1, rule.strip(), m.group(1)))
    return out


def cases(root):
    """[(name, rule files, target files)]."""
    out = []
    for entry in sorted(os.listdir(root)):
        path = os.path.join(root, entry)
        if os.path.isdir(path):
            files = sorted(os.path.join(path, f) for f in os.listdir(path))
            rules = [f for f in files if f.endswith('.yaml')]
            out.append((entry, rules, [f for f in files if f not in rules]))
        elif entry.endswith('.yaml'):
            stem = entry[:-len('.yaml')]
            targets = sorted(os.path.join(root, f) for f in os.listdir(root)
                             if f.startswith(stem + '.') and not f.endswith('.yaml'))
            out.append((stem, [path], targets))
    return out


def semgrep_lines(semgrep, rules, targets):
    """{(target, rule id): {lines}} that Semgrep reports."""
    # osemgrep (--experimental) is much quicker to start, but keeps only one of two rules with
    # the same id from one folder; `semgrep scan` prefixes ids with their file's path and keeps both
    mode = [] if len(rules) > 1 else ['--experimental']
    cmd = [semgrep, 'scan'] + mode + ['--metrics=off', '--disable-version-check', '--json',
                                      '--quiet', '--no-git-ignore']
    for r in ([os.path.dirname(rules[0])] if len(rules) > 1 else rules):
        cmd += ['--config', r]
    env = dict(os.environ, SEMGREP_ENABLE_VERSION_CHECK='0', SEMGREP_SEND_METRICS='off')
    p = subprocess.run(cmd + targets, capture_output=True, text=True, env=env)
    out = json.loads(p.stdout)
    found = {}
    for r in out.get('results', []):
        key = (os.path.abspath(r['path']), r['check_id'].split('.')[-1])
        found.setdefault(key, set()).add(r['start']['line'])
    return found, [e.get('message', '')[:200] for e in out.get('errors', [])]


def vigil_lines(vigil, rules, targets):
    """({(target, rule id): {lines}} that Vigil reports, its warnings)."""
    cmd = [vigil, 'scan', '--no-builtin', '--no-config', '--format', 'json']
    folder = os.path.dirname(rules[0]) if len(rules) > 1 else None
    for r in ([folder] if folder else rules):
        cmd += ['--rules', r]
    p = subprocess.run(cmd + targets, capture_output=True, text=True)
    if p.returncode == 2:
        # no rule loaded at all: Vigil says only that; rerun with a rule that loads to learn why
        probe = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gaps-probe.yaml')
        p = subprocess.run(cmd + ['--rules', probe] + targets, capture_output=True, text=True)
    try:
        out = json.loads(p.stdout)
    except ValueError:
        return {}, [p.stderr.strip()[-300:]]
    found = {}
    for f in out.get('findings', []):
        if f['rule_id'] == 'compat.probe':
            continue
        found.setdefault((os.path.abspath(f['path']), f['rule_id']), set()).add(f['start']['line'])
    return found, out.get('warnings', [])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--semgrep', required=True)
    ap.add_argument('--vigil', required=True)
    ap.add_argument('gaps', nargs='?', default=os.path.join(os.path.dirname(
        os.path.abspath(__file__)), 'gaps'))
    args = ap.parse_args()
    bad = 0
    for name, rules, targets in cases(args.gaps):
        problems = []
        found, errors = semgrep_lines(args.semgrep, rules, targets)
        notes = [f'Semgrep: {e.splitlines()[0]}' for e in errors]
        todo = 0
        for t in targets:
            for line, rule, kind in annotations(t):
                got = line in found.get((os.path.abspath(t), rule.split('.')[-1]), set())
                want = kind in ('ruleid', 'todoruleid')
                todo += kind.startswith('todo')
                if got != want:
                    problems.append(f'Semgrep {"misses" if want else "reports"} '
                                    f'{os.path.basename(t)}:{line} ({kind}: {rule})')
        todo_load = set()
        for r in rules:
            todo_load |= set(re.findall(r'(?m)^#\s*todo-load:\s*(\S+)', open(r).read()))
        reported, warnings = vigil_lines(args.vigil, rules, targets)
        for w in warnings:
            if not any(f'`{rid}`' in w for rid in todo_load):
                problems.append(f'Vigil: {w[:200]}')
        for rid in sorted(todo_load):
            if not any(f'`{rid}`' in w for w in warnings):
                problems.append(f'Vigil now loads `{rid}`: drop its todo-load marker')
        for t in targets:
            for line, rule, kind in annotations(t):
                got = line in reported.get((os.path.abspath(t), rule), set())
                want = kind in ('ruleid', 'todook')
                if got != want:
                    fixed = kind.startswith('todo')
                    problems.append(f'Vigil {"reports" if got else "misses"} '
                                    f'{os.path.basename(t)}:{line} ({kind}: {rule})'
                                    + (': fixed? make it ' + kind[4:] if fixed else ''))
            marked = {(ln, r) for ln, r, _ in annotations(t)}
            for (path, rule), lines in reported.items():
                if path == os.path.abspath(t):
                    for ln in sorted(lines):
                        if (ln, rule) not in marked:
                            problems.append(f'Vigil reports unannotated {os.path.basename(t)}:{ln}'
                                            f' ({rule})')
        status = 'ok' if not problems else 'FAIL'
        print(f'{status:4} {name}: {todo} todo annotation(s), {len(todo_load)} rule(s) not loading')
        for pr in problems + notes:
            print('       ' + pr)
        bad += bool(problems)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
