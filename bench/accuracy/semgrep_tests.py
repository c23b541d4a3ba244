"""The test files of the semgrep-rules repository as a labeled corpus for bench/accuracy/accuracy.py.

Each rule there has a test target beside it whose lines are annotated in comments: `ruleid: ID`
above a line the rule must report, `ok: ID` above one it must not, and `todoruleid:` / `todook:`
for what the rule is known to miss or to report wrongly. Read as ground truth: `ruleid` and
`todoruleid` lines are vulnerable, `ok` and `todook` lines are not. The truth is per line, so the
corpus is scored per labeled line: a tool flags a line when one of its findings starts on it (with
the rule's CWE, or with any CWE). Lines without a label are not scored.

Only security rules (`category: security` in their metadata) in languages that Vigil and at least
one peer read are taken. A line labeled by several rules is one record (vulnerable if any label
says so; the CWEs of all its rules).

Standard library only: the rule files are read with a small line scanner that knows the layout of
that repository's YAML (`- id:` entries, `cwe:` as a list or a scalar, `category:`).
"""
import json
import os
import re
import shutil

LANG_EXT = {'.py': 'python', '.js': 'javascript', '.jsx': 'javascript', '.ts': 'typescript', '.tsx': 'typescript',
            '.java': 'java', '.go': 'go', '.c': 'c', '.php': 'php', '.cs': 'csharp', '.rb': 'ruby', '.rs': 'rust'}
_ANNOTATION = re.compile(r'(?:#|//|/\*|<!--|--)\s*(ruleid|todoruleid|ok|todook)\s*:\s*([\w.,\- ]+)')
_CWE = re.compile(r'CWE-0*(\d+)', re.I)


def read_rules(path):
    """{rule id: {'cwe': {CWE-n}, 'security': bool}} from a rule file, by its layout."""
    rules, cur, in_cwe = {}, None, False
    for line in open(path, encoding='utf-8', errors='replace'):
        m = re.match(r'^\s{0,2}- id:\s*(\S+)', line)
        if m:
            cur = rules.setdefault(m[1].strip('\'"'), {'cwe': set(), 'security': False})
            in_cwe = False
            continue
        if cur is None:
            continue
        s = line.strip()
        if re.match(r'^cwe2?\d*\s*:', s) and not s.startswith('cwe2'):
            cur['cwe'] |= {f'CWE-{int(n)}' for n in _CWE.findall(s)}
            in_cwe = True
            continue
        if in_cwe and s.startswith('-'):
            cur['cwe'] |= {f'CWE-{int(n)}' for n in _CWE.findall(s)}
            continue
        in_cwe = False
        if re.match(r'^category:\s*security\b', s):
            cur['security'] = True
    return rules


def labeled_lines(text):
    """{line number (1-based): (vulnerable?, {rule ids})} from the annotations of a test target."""
    lines = text.split('\n')
    out = {}
    pending = []
    for i, line in enumerate(lines):
        m = _ANNOTATION.search(line)
        if m:
            kind = m[1]
            ids = {x.strip() for x in m[2].split(',') if x.strip()}
            pending.append((kind in ('ruleid', 'todoruleid'), ids))
            # An annotation at the end of a code line labels that line itself.
            if line[:m.start()].strip():
                _label(out, i + 1, pending)
                pending = []
            continue
        if pending and line.strip():
            _label(out, i + 1, pending)
            pending = []
    return out


def _label(out, line, pending):
    vuln, ids = out.get(line, (False, set()))
    for v, i in pending:
        vuln = vuln or v
        ids = ids | i
    out[line] = (vuln, ids)


def write_corpus(checkout, out, languages):
    """Writes the test targets of the security rules in LANGUAGES under OUT/<language>/, with
    GROUND_TRUTH.jsonl (one record per file, for the shared tooling) and LINES.jsonl (one record
    per labeled line), unless already there. Returns OUT."""
    stamp = os.path.join(out, '.source')
    want = json.dumps({'checkout': os.path.abspath(checkout), 'languages': sorted(languages)})
    if os.path.exists(os.path.join(out, 'LINES.jsonl')) and os.path.exists(stamp) and open(stamp).read() == want:
        return out
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    files, lines_out = [], []
    for dirpath, dirnames, filenames in os.walk(checkout):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith('.'))
        for name in sorted(filenames):
            stem, ext = os.path.splitext(name)
            if ext not in ('.yaml', '.yml'):
                continue
            rules = read_rules(os.path.join(dirpath, name))
            security = {i: r for i, r in rules.items() if r['security']}
            if not security:
                continue
            for target in sorted(filenames):
                t_stem, t_ext = os.path.splitext(target)
                lang = LANG_EXT.get(t_ext)
                if t_stem != stem or lang not in languages:
                    continue
                src = os.path.join(dirpath, target)
                text = open(src, encoding='utf-8', errors='replace').read()
                labels = {n: (v, ids & set(security)) for n, (v, ids) in labeled_lines(text).items()}
                labels = {n: x for n, x in labels.items() if x[1]}
                if not labels:
                    continue
                rel = os.path.join(lang, os.path.relpath(src, checkout))
                os.makedirs(os.path.dirname(os.path.join(out, rel)), exist_ok=True)
                shutil.copyfile(src, os.path.join(out, rel))
                cwes = set()
                for n, (v, ids) in sorted(labels.items()):
                    c = sorted(set().union(*(security[i]['cwe'] for i in ids)))
                    cwes |= set(c)
                    lines_out.append(dict(path=rel, language=lang, line=n, label=int(v), cwe=c, rules=sorted(ids)))
                pos = [n for n, (v, _) in labels.items() if v]
                files.append(dict(path=rel, language=lang, label=int(bool(pos)), cwe=sorted(cwes), lines=sorted(pos)))
    with open(os.path.join(out, 'GROUND_TRUTH.jsonl'), 'w') as f:
        for r in files:
            f.write(json.dumps(r) + '\n')
    with open(os.path.join(out, 'LINES.jsonl'), 'w') as f:
        for r in lines_out:
            f.write(json.dumps(r) + '\n')
    with open(stamp, 'w') as f:
        f.write(want)
    return out


def score_lines(records, results, match_path, strict, tolerance=2):
    """{language: dict(tp, fp, fn, tn, p, r, f1)}: each labeled line flagged or not by RESULTS
    ((uri, line, {CWE}, rule) tuples), the CWE required to match when STRICT. A finding flags the
    nearest labeled line at or above it, at most TOLERANCE lines up (a tool may report a
    multi-line call at its argument rather than at its first line)."""
    by_base, labeled = {}, {}
    for r in records:
        by_base.setdefault(os.path.basename(r['path']), set()).add(r['path'])
        labeled.setdefault(r['path'], set()).add(r['line'])
    by_base = {k: sorted(v) for k, v in by_base.items()}
    flagged = {}
    for uri, line, cwes, _ in results:
        p = match_path(uri, by_base)
        if not p:
            continue
        for up in range(tolerance + 1):
            if line - up in labeled[p]:
                flagged.setdefault((p, line - up), set()).update(cwes)
                break
    out = {}
    for r in records:
        s = out.setdefault(r['language'], dict(tp=0, fp=0, fn=0, tn=0))
        hit = (r['path'], r['line']) in flagged
        if hit and strict:
            hit = bool(flagged[(r['path'], r['line'])] & set(r['cwe']))
        key = ('tp' if hit else 'fn') if r['label'] else ('fp' if hit else 'tn')
        s[key] += 1
    for s in out.values():
        s['p'] = s['tp'] / (s['tp'] + s['fp']) if s['tp'] + s['fp'] else 0.0
        s['r'] = s['tp'] / (s['tp'] + s['fn']) if s['tp'] + s['fn'] else 0.0
        s['f1'] = 2 * s['p'] * s['r'] / (s['p'] + s['r']) if s['p'] + s['r'] else 0.0
    return out
