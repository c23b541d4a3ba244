#!/usr/bin/env python3
"""Accuracy of Vigil and its peers on the labeled development corpora.

Runs `vigil scan --format sarif --no-config` and each installed peer (Semgrep with CodeShield's
rules, CodeShield, Bandit, foxguard) on the same files, scores every run with the shared scorer
(`shared/tools/score.py`, file level with and without `--cwe`, line-level recall), and prints one
table per corpus (rows: tools, columns: languages), an OWASP-Benchmark-style scorecard when the
OWASP Benchmark is given, and a gap analysis for the rule writers (missed CWEs per language with
example files, CWE-tag mismatches on the labelled line, false-positive rules, tool errors).

Standard library only. See docs/ACCURACY.md for the latest numbers and how to read them.

    bench/accuracy/run.sh                                   # CyberSecEval + CASTLE
    bench/accuracy/run.sh --owasp-java /work/ext/BenchmarkJava --owasp-python /work/ext/BenchmarkPython
    bench/accuracy/run.sh --tools vigil --vigil /path/to/vigil             # Vigil only, quick
    bench/accuracy/run.sh --juliet /work/ext/juliet-c --juliet /work/ext/juliet-java --semgrep-rules /work/ext/semgrep-rules

The Juliet suites are split into flawed and safe versions of each test case (bench/accuracy/juliet.py);
the semgrep-rules tests are scored per labeled line (bench/accuracy/semgrep_tests.py).

Nothing is written inside the repository unless --markdown/--json point there. Corpora,
tool outputs and logs go to --work (default /tmp/vigil-accuracy).
"""
import argparse
import collections
import csv
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import juliet  # noqa: E402
import semgrep_tests  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
DEFAULT_SHARED = '/work/shared'
LANG_ORDER = ['c', 'cpp', 'csharp', 'java', 'javascript', 'php', 'python', 'rust']
EXT_LANG = {'.c': 'c', '.h': 'c', '.cpp': 'cpp', '.cc': 'cpp', '.cs': 'csharp', '.java': 'java',
            '.js': 'javascript', '.php': 'php', '.py': 'python', '.rs': 'rust'}

# Peers: the languages each one claims (a table cell outside them is "n/a"), and the corpora that
# are its own test set (shown as "excluded", never scored). CodeShield's Insecure Code Detector
# produced CyberSecEval's labels, so CodeShield is excluded there.
TOOLS = {
    'vigil': dict(label='Vigil', langs=None, own=()),
    'semgrep-codeshield': dict(label='Semgrep + CodeShield rules', langs={'c', 'cpp', 'csharp', 'java', 'javascript', 'php', 'python'}, own=('semgrep-rules',)),
    'codeshield': dict(label='CodeShield', langs={'c', 'cpp', 'csharp', 'java', 'javascript', 'php', 'python', 'rust'}, own=('cyberseceval',)),
    'bandit': dict(label='Bandit', langs={'python'}, own=()),
    'foxguard': dict(label='foxguard', langs=None, own=()),
}

# OWASP Benchmark categories: the expected CWE and the related CWEs a scanner may report for the
# same flaw (the official scorecard also maps each tool's CWEs onto the categories).
OWASP_CWES = {
    'pathtraver': {22, 23, 36, 73}, 'cmdi': {78, 77, 88}, 'xss': {79, 80, 83}, 'sqli': {89, 564},
    'ldapi': {90}, 'xpathi': {643}, 'crypto': {327, 326}, 'hash': {328, 327, 916},
    'weakrand': {330, 338}, 'securecookie': {614}, 'trustbound': {501}, 'codeinj': {94, 95},
    'deserialization': {502}, 'redirect': {601}, 'xxe': {611},
}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def norm_cwe(s):  # the scorer's normalisation
    m = re.search(r'cwe[-_/]?0*(\d+)', str(s), re.I)
    return f'CWE-{int(m.group(1))}' if m else None


def load_results(path):
    """(uri, line, {CWE-n}, rule) for SARIF, Semgrep JSON and Bandit JSON, as score.py reads them."""
    try:
        d = json.load(open(path))
    except (OSError, ValueError):
        return []
    out = []
    if isinstance(d, dict) and 'runs' in d:
        for run in d['runs']:
            rules = {}
            for r in (run.get('tool', {}).get('driver', {}).get('rules') or []):
                tags = (r.get('properties') or {}).get('tags', []) + [r.get('id', ''), json.dumps(r.get('relationships', ''))]
                rules[r.get('id')] = {c for c in map(norm_cwe, tags) if c}
            for res in run.get('results', []):
                cwes = set(rules.get(res.get('ruleId'), set())) | {c for c in map(norm_cwe, (res.get('properties') or {}).get('tags', [])) if c}
                for loc in res.get('locations', [])[:1]:
                    pl = loc.get('physicalLocation', {})
                    out.append((pl.get('artifactLocation', {}).get('uri', ''), pl.get('region', {}).get('startLine', 0), cwes, res.get('ruleId')))
    elif isinstance(d, dict) and d.get('results') and 'test_id' in d['results'][0]:
        for r in d['results']:
            cid = (r.get('issue_cwe') or {}).get('id')
            out.append((r['filename'], r['line_number'], {f'CWE-{cid}'} if cid else set(), r['test_id']))
    elif isinstance(d, dict) and 'results' in d:
        for r in d['results']:
            cw = (r.get('extra', {}).get('metadata', {}) or {}).get('cwe', [])
            cw = cw if isinstance(cw, list) else [cw]
            out.append((r['path'], r['start']['line'], {c for c in map(norm_cwe, cw) if c}, r['check_id']))
    return out


def match_path(uri, by_base):
    uri = re.sub(r'^file://', '', uri)
    for p in by_base.get(os.path.basename(uri), []):
        if uri.endswith(p) or p.endswith(uri.lstrip('./')):
            return p
    return None


# ----------------------------------------------------------------------------------------------
# Corpora


def materialize(shared, work, owasp_java, owasp_python, juliet_suites=(), juliet_per_cwe=10, semgrep_rules=None):
    """Returns {corpus: dir}. CyberSecEval and CASTLE come from shared/tools/materialize.py; the
    Juliet suites are split into bad and good versions by bench/accuracy/juliet.py."""
    root = os.path.join(work, 'corpora')
    if not os.path.exists(os.path.join(root, 'castle', 'GROUND_TRUTH.jsonl')):
        shutil.rmtree(root, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(shared, 'tools', 'materialize.py'), root], check=True, stdout=sys.stderr)
    corpora = {'cyberseceval': os.path.join(root, 'cyberseceval'), 'castle': os.path.join(root, 'castle')}
    if owasp_java:
        corpora['owasp-java'] = owasp_corpus(owasp_java, os.path.join(root, 'owasp-java'), 'java',
                                             'src/main/java/org/owasp/benchmark/testcode', '.java')
    if owasp_python:
        corpora['owasp-python'] = owasp_corpus(owasp_python, os.path.join(root, 'owasp-python'), 'python', 'testcode', '.py')
    if juliet_suites:
        corpora['juliet'] = juliet.write_corpus(juliet_suites, os.path.join(root, 'juliet'), juliet_per_cwe)
        log(f"{corpora['juliet']}: {len(read_gt(corpora['juliet']))} Juliet records")
    if semgrep_rules:
        langs = {'c', 'csharp', 'go', 'java', 'javascript', 'php', 'python', 'ruby', 'rust', 'typescript'}
        corpora['semgrep-rules'] = semgrep_tests.write_corpus(semgrep_rules, os.path.join(root, 'semgrep-rules'), langs)
    return corpora


def read_lines(cdir):
    """The per-line records of a corpus scored by line (LINES.jsonl), or None."""
    path = os.path.join(cdir, 'LINES.jsonl')
    return [json.loads(l) for l in open(path)] if os.path.exists(path) else None


def owasp_corpus(src, out, lang, sub, ext):
    """Copies the OWASP Benchmark test cases (only them) to a scratch folder with a GROUND_TRUTH.jsonl
    built from the expected-results CSV, so the shared scorer reads it like the other corpora."""
    csvs = sorted(f for f in os.listdir(src) if f.startswith('expectedresults') and f.endswith('.csv'))
    if not csvs:
        sys.exit(f'no expectedresults-*.csv in {src}')
    if os.path.exists(os.path.join(out, 'GROUND_TRUTH.jsonl')):
        return out
    os.makedirs(out, exist_ok=True)
    recs = []
    with open(os.path.join(src, csvs[-1])) as f:
        for row in csv.reader(f):
            if not row or row[0].startswith('#'):
                continue
            name, cat, real, cwe = (x.strip() for x in row[:4])
            rel = name + ext
            s = os.path.join(src, sub, rel)
            if not os.path.exists(s):
                continue
            shutil.copyfile(s, os.path.join(out, rel))
            recs.append(dict(path=rel, language=lang, label=int(real == 'true'), cwe=[f'CWE-{cwe}'], category=cat, lines=[]))
    with open(os.path.join(out, 'GROUND_TRUTH.jsonl'), 'w') as f:
        for r in recs:
            f.write(json.dumps(r) + '\n')
    log(f'{out}: {len(recs)} OWASP Benchmark records from {csvs[-1]}')
    return out


def read_gt(cdir):
    return [json.loads(l) for l in open(os.path.join(cdir, 'GROUND_TRUTH.jsonl'))]


# ----------------------------------------------------------------------------------------------
# Tools


def build_vigil(rev, work):
    src = REPO
    if rev:
        src = os.path.join(work, 'src-' + re.sub(r'[^\w.-]', '_', rev))
        shutil.rmtree(src, ignore_errors=True)
        os.makedirs(src)
        arch = subprocess.run(['git', '-C', REPO, 'archive', rev], check=True, stdout=subprocess.PIPE).stdout
        subprocess.run(['tar', '-x', '-C', src], input=arch, check=True)
    target = os.environ.get('CARGO_TARGET_DIR') or os.path.join(src, 'target')
    log(f'building vigil (release) from {src} into {target}')
    subprocess.run(['cargo', 'build', '--release', '--quiet', '-p', 'vigil-cli'], cwd=src, check=True,
                   env=dict(os.environ, CARGO_TARGET_DIR=target))
    return os.path.join(target, 'release', 'vigil')


def describe_source(rev):
    def git(*a):
        return subprocess.run(['git', '-C', REPO, *a], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout.strip()
    commit = git('rev-parse', rev or 'HEAD')
    dirty = '' if rev else (' + uncommitted changes' if git('status', '--porcelain', '--', 'crates', 'rules', 'Cargo.toml', 'Cargo.lock') else '')
    return f'{commit[:12]}{dirty}', git('log', '-1', '--format=%s', commit)[:100]


def run_tool(tool, cdir, dirs, out, args, vigil):
    """Runs one tool from the corpus folder on DIRS (relative) and writes its native output to OUT.
    Returns (seconds, error-or-None)."""
    errf = out + '.stderr'
    t = time.perf_counter()
    if tool == 'vigil':
        cmd = [vigil, 'scan', *dirs, '--format', 'sarif', '--no-config', '--no-ignore', '-o', out]
        with open(errf, 'w') as e:
            p = subprocess.run(cmd, cwd=cdir, stdout=subprocess.DEVNULL, stderr=e)
        err = None if p.returncode in (0, 1) else f'exit code {p.returncode} (see {errf})'
    else:
        cmd = [os.path.join(args.shared, 'tools', 'peers', 'run.sh'), tool, *dirs]
        with open(out, 'w') as o, open(errf, 'w') as e:
            p = subprocess.run(cmd, cwd=cdir, stdout=o, stderr=e, env=dict(os.environ, PEERS=args.peers))
        err = None if p.returncode == 0 else f'exit code {p.returncode} (see {errf})'
    secs = time.perf_counter() - t
    try:
        d = json.load(open(out))
    except (OSError, ValueError) as ex:
        err = (err + '; ' if err else '') + f'unreadable output: {ex}'
        d = {'results': []}
    if tool == 'semgrep-codeshield':
        d = normalise_semgrep(d, out)
    with open(out, 'w') as o:
        json.dump(d, o)
    return secs, err


def normalise_semgrep(d, out):
    """The third-party (GitLab) rules among CodeShield's put prose in `cwe` and the id in `cwe_id`,
    which the shared scorer does not read: copy `cwe_id` into `cwe` so those findings count with
    --cwe (the raw output is kept beside). Rule ids lose the path prefix Semgrep derives from the
    rules folder."""
    with open(out + '.raw', 'w') as o:
        json.dump(d, o)
    for r in d.get('results', []):
        md = r.setdefault('extra', {}).setdefault('metadata', {}) or {}
        cw = md.get('cwe', [])
        cw = cw if isinstance(cw, list) else [cw]
        if md.get('cwe_id') and not any(norm_cwe(c) for c in cw):
            md['cwe'] = cw + [md['cwe_id']]
        r['check_id'] = re.sub(r'^.*?codeshield-rules\.semgrep\.', '', r.get('check_id', ''))
    return d


def peer_available(tool, peers):
    exe = {'semgrep-codeshield': 'venv/bin/semgrep', 'codeshield': 'venv/bin/python', 'bandit': 'venv/bin/bandit',
           'foxguard': 'cargo/bin/foxguard'}[tool]
    if not os.access(os.path.join(peers, exe), os.X_OK):
        return False
    if tool == 'codeshield':
        return subprocess.run([os.path.join(peers, exe), '-c', 'import codeshield'], stderr=subprocess.DEVNULL).returncode == 0
    return True


# ----------------------------------------------------------------------------------------------
# Scoring with the shared scorer


def score(args, cdir, results, lang, cwe):
    cmd = [sys.executable, os.path.join(args.shared, 'tools', 'score.py'), cdir, results, '--filter', f'language={lang}']
    if cwe:
        cmd.append('--cwe')
    outp = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    s = {}
    m = re.search(r'FILE\s+TP=(\d+) FP=(\d+) FN=(\d+) TN=(\d+) precision=([\d.]+) recall=([\d.]+) F1=([\d.]+)', outp.stdout)
    if not m:
        return {'error': (outp.stderr or outp.stdout)[-300:]}
    s.update(tp=int(m[1]), fp=int(m[2]), fn=int(m[3]), tn=int(m[4]), p=float(m[5]), r=float(m[6]), f1=float(m[7]))
    m = re.search(r'LINE\s+recall\(\+-\d+\)=(\d+)/(\d+)=([\d.]+)', outp.stdout)
    if m:
        s.update(line_hit=int(m[1]), line_n=int(m[2]), lr=float(m[3]))
    return s


# ----------------------------------------------------------------------------------------------
# Reports


def fmt(x, d=2):
    return '—' if x is None else f'{x:.{d}f}'


def corpus_table(corpus, gt, scores, tools, ran, strict, unit='file'):
    """Markdown: rows tools, columns languages; cells P / R / F1 / line recall (UNIT 'file'), or
    P / R / F1 of labeled lines (UNIT 'line', GT then holds the line records)."""
    langs = [l for l in LANG_ORDER if any(r['language'] == l for r in gt)] + sorted({r['language'] for r in gt} - set(LANG_ORDER))
    allpos = all(r['label'] == 1 for r in gt)
    key = 'cwe' if strict else 'any'
    out = []
    if allpos:
        head = 'file recall / line recall' + (' (CWE must match)' if strict else ' (any finding)')
    else:
        head = ('labeled lines P / R / F1' if unit == 'line' else 'file P / R / F1 / line recall') + \
            (' (CWE must match)' if strict else ' (any finding)')
    out.append(f'| {head} | ' + ' | '.join(f'{l} ({sum(r["language"] == l for r in gt)})' for l in langs) + ' |')
    out.append('|---|' + '---|' * len(langs))
    for t in tools:
        cells = []
        for l in langs:
            if corpus in TOOLS[t]['own']:
                cells.append('excluded (own corpus)')
                continue
            if t not in ran.get(corpus, {}):
                cells.append('not run')
                continue
            if TOOLS[t]['langs'] is not None and l not in TOOLS[t]['langs']:
                cells.append('n/a')
                continue
            s = scores.get((corpus, t, l, key), {})
            if 'error' in s or not s:
                cells.append('error')
                continue
            lr = fmt(s.get('lr')) if 'lr' in s else '—'
            if unit == 'line':
                cells.append(f'{s["p"]:.2f} / {s["r"]:.2f} / **{s["f1"]:.2f}**')
            elif allpos:
                cells.append(f'{s["r"]:.2f} / {lr}')
            else:
                cells.append(f'{s["p"]:.2f} / {s["r"]:.2f} / **{s["f1"]:.2f}** / {lr}')
        out.append(f'| {TOOLS[t]["label"]} | ' + ' | '.join(cells) + ' |')
    return '\n'.join(out)


def owasp_scorecard(corpus, gt, results_by_tool, only_flagged=False):
    """TPR, FPR and Youden (TPR - FPR) per category, a test counted as flagged when any finding in
    its file carries one of the category's CWEs (OWASP_CWES, or the CWEs of the records). With
    ONLY_FLAGGED, the rows list only the categories where some tool flagged a test (the average is
    still over all of them)."""
    by_base = collections.defaultdict(list)
    for r in gt:
        by_base[os.path.basename(r['path'])].append(r['path'])
    cats = sorted({r['category'] for r in gt})
    table = {}
    for t, res in results_by_tool.items():
        flagged = collections.defaultdict(set)
        for uri, line, cwes, rule in res:
            p = match_path(uri, by_base)
            if p:
                flagged[p] |= {int(c[4:]) for c in cwes}
        per = {}
        for c in cats:
            rs = [r for r in gt if r['category'] == c]
            ok = OWASP_CWES.get(c, {int(x[4:]) for x in rs[0]['cwe']})
            tp = sum(1 for r in rs if r['label'] == 1 and flagged[r['path']] & ok)
            fp = sum(1 for r in rs if r['label'] == 0 and flagged[r['path']] & ok)
            npos = sum(r['label'] == 1 for r in rs)
            nneg = len(rs) - npos
            tpr = tp / npos if npos else 0
            fpr = fp / nneg if nneg else 0
            per[c] = (tp, npos, fp, nneg, tpr, fpr, tpr - fpr)
        table[t] = per
    out = [f'| category (CWE) | tests +/− | ' + ' | '.join(f'{TOOLS[t]["label"]} TPR / FPR / **Y**' for t in table) + ' |',
           '|---|---|' + '---|' * len(table)]
    hidden = 0
    for c in cats:
        if only_flagged and not any(table[t][c][0] or table[t][c][2] for t in table):
            hidden += 1
            continue
        rs = [r for r in gt if r['category'] == c]
        npos = sum(r['label'] == 1 for r in rs)
        row = [c if c.startswith('CWE-') else f'{c} ({rs[0]["cwe"][0]})', f'{npos}/{len(rs) - npos}']
        for t in table:
            tp, npos, fp, nneg, tpr, fpr, y = table[t][c]
            row.append(f'{tpr:.2f} / {fpr:.2f} / **{y:+.2f}**')
        out.append('| ' + ' | '.join(row) + ' |')
    row = ['**average**', f'{sum(r["label"] == 1 for r in gt)}/{sum(r["label"] == 0 for r in gt)}']
    for t in table:
        vals = list(table[t].values())
        n = len(vals)
        row.append(f'{sum(v[4] for v in vals) / n:.2f} / {sum(v[5] for v in vals) / n:.2f} / **{sum(v[6] for v in vals) / n:+.2f}**')
    out.append('| ' + ' | '.join(row) + ' |')
    if hidden:
        out.append(f'\n{hidden} of {len(cats)} categories, where no tool flagged any test, are not listed; '
                   'the average includes them.')
    return '\n'.join(out), table


def source_line(cdir, path, line):
    try:
        with open(os.path.join(cdir, path), errors='replace') as f:
            for i, l in enumerate(f, 1):
                if i == line:
                    return l.strip()[:110]
    except OSError:
        pass
    return ''


# The OWASP Benchmark's negatives are made safe by one of a few constructs; naming the construct a
# tool falls for says what its analysis lacks (checked in this order, the first that matches).
SAFE_CONSTRUCTS = [
    ('source is a fixed route segment (`request.path.split("/")[1]`)', r'request\.path\.split\(\s*["\']/["\']\s*\)'),
    ('validation guard with an early return (`if not bar.startswith(...): return`)', r"if not bar\.startswith\(|if not \w+\.isalnum\(\)|re\.(?:full)?match\("),
    ('constant condition (`if`/ternary on arithmetic of constants)', r'\d+\s*\*\s*\d+\s*\)?\s*[-+]\s*num\s*>\s*200'),
    ('`switch` on a constant', r'switchTarget|guess\.charAt'),
    ('container: the safe key is read (map, config)', r'keyA-\d+'),
    ('list: the safe element is read after `remove(0)`', r'\.remove\(0\)|\.pop\(0\)'),
    ('a constant flows through a helper (`"barbarians_at_the_gate"`)', r'=\s*"barbarians_at_the_gate"'),
    ('parameterised query', r'prepareStatement\([^)]*\)|prepareCall\(|execute\([^,]+,\s*[\(\[]'),
    ('sanitiser or encoder applied to the value', r'\b(bar|param)\s*=\s*[^;\n]*(encodeFor\w+|htmlEscape|escapeHtml|escape_for_html|html\.escape|markupsafe|secure_filename|normpath|quote)'),
]


def classify_safe(text):
    for name, rx in SAFE_CONSTRUCTS:
        if re.search(rx, text):
            return name
    return 'other'


def owasp_fp_constructs(cdir, gt, results_by_tool):
    """For each tool: negative tests flagged with the category's CWE, by the construct that makes them safe."""
    by_base = collections.defaultdict(list)
    for r in gt:
        by_base[os.path.basename(r['path'])].append(r['path'])
    rec = {r['path']: r for r in gt}
    kinds = {}
    for r in gt:
        if r['label'] == 0:
            try:
                kinds[r['path']] = classify_safe(open(os.path.join(cdir, r['path']), errors='replace').read())
            except OSError:
                kinds[r['path']] = 'other'
    counts = {}
    ex = {}
    for t, res in results_by_tool.items():
        c = collections.Counter()
        seen = set()
        for uri, line, cwes, rule in res:
            p = match_path(uri, by_base)
            if p in kinds and p not in seen:
                ok = OWASP_CWES.get(rec[p]['category'], set())
                if {int(x[4:]) for x in cwes} & ok:
                    seen.add(p)
                    c[kinds[p]] += 1
                    if t == 'vigil':
                        ex.setdefault(kinds[p], f'{p}:{line} ({rec[p]["category"]}, `{rule}`)')
        counts[t] = c
    total = collections.Counter(kinds.values())
    tools = list(results_by_tool)
    out = ['| safe construct in the negative test | negatives | ' + ' | '.join(f'{TOOLS[t]["label"]} FPs' for t in tools) + ' | Vigil example |',
           '|---|---|' + '---|' * len(tools) + '---|']
    for name, n in total.most_common():
        out.append(f'| {name} | {n} | ' + ' | '.join(str(counts[t][name]) for t in tools) + f' | {ex.get(name, "")} |')
    return '\n'.join(out)


def gap_analysis(corpus, cdir, gt, results_by_tool, peers, top):
    """Per language and CWE: positives, Vigil's file/line hits (CWE must match), the best peer's hits;
    missed examples; findings on the labelled line whose CWE differs (tagging gaps); rules firing
    on negative files (false positives)."""
    by_base = collections.defaultdict(list)
    for r in gt:
        by_base[os.path.basename(r['path'])].append(r['path'])
    rec = {r['path']: r for r in gt}

    def index(res):
        hits = collections.defaultdict(list)  # path -> [(line, cwes, rule)]
        for uri, line, cwes, rule in res:
            p = match_path(uri, by_base)
            if p:
                hits[p].append((line, cwes, rule))
        return hits

    idx = {t: index(res) for t, res in results_by_tool.items()}
    v = idx.get('vigil', {})

    def file_hit(h, r):
        return any(c & set(r['cwe']) for _, c, _ in h.get(r['path'], []))

    def line_hit(h, r):
        return any(c & set(r['cwe']) and any(abs(x - l) <= 2 for l in r['lines']) for x, c, _ in h.get(r['path'], []))

    out = []
    pos = [r for r in gt if r['label'] == 1]
    groups = collections.defaultdict(list)
    for r in pos:
        for c in r['cwe']:
            groups[(r['language'], c)].append(r)
    rows = []
    for (lang, cwe), rs in groups.items():
        vf = sum(file_hit(v, r) for r in rs)
        vl = sum(line_hit(v, r) for r in rs if r['lines'])
        best = (None, 0, [])
        for t in peers:
            if t in idx and (TOOLS[t]['langs'] is None or lang in TOOLS[t]['langs']) and corpus not in TOOLS[t]['own']:
                found = [r for r in rs if file_hit(idx[t], r)]
                if len(found) > best[1]:
                    best = (t, len(found), found)
        missed = [r for r in rs if not file_hit(v, r)]
        rows.append((lang, cwe, rs, vf, vl, best, missed))

    def example(r, cdir=cdir):
        ln = r['lines'][0] if r['lines'] else 0
        code = source_line(cdir, r['path'], ln) if ln else ''
        lab = r.get('pattern') or r.get('description') or ''
        s = f'`{r["path"]}:{ln}` `{code[:70]}`' if ln else f'`{r["path"]}`'
        return s + (f' — {lab[:70]}' if lab else '')

    # Most misses first; among equal misses, where a peer finds the most.
    rows.sort(key=lambda x: (-len(x[6]), -x[5][1], x[0], x[1]))
    out.append(f'#### {corpus}: missed positives by language and CWE (top {top}, CWE must match)\n')
    out.append('| language | CWE | positives | Vigil files | Vigil lines | best peer (files) | example misses (file:line: code — label) |')
    out.append('|---|---|---|---|---|---|---|')
    for lang, cwe, rs, vf, vl, best, missed in [x for x in rows if x[6]][:top]:
        bp = f'{TOOLS[best[0]]["label"]} {best[1]}' if best[0] else '—'
        vls = str(vl) if any(r['lines'] for r in rs) else '—'
        out.append(f'| {lang} | {cwe} | {len(rs)} | {vf} | {vls} | {bp} | ' + '<br>'.join(map(example, missed[:2])).replace('|', '\\|') + ' |')

    # Where a peer finds files Vigil misses (same CWE): the most direct evidence of a rule gap.
    beat = []
    for lang, cwe, rs, vf, vl, best, missed in rows:
        if best[0]:
            only = [r for r in best[2] if not file_hit(v, r)]
            if only:
                beat.append((len(only), lang, cwe, len(rs), vf, best, only))
    if beat:
        beat.sort(key=lambda x: (-x[0], x[1], x[2]))
        out.append(f'\n#### {corpus}: where the best peer finds files Vigil misses (CWE must match)\n')
        out.append('| language | CWE | positives | Vigil files | best peer (files) | found by the peer only | examples the peer finds |')
        out.append('|---|---|---|---|---|---|---|')
        for n, lang, cwe, npos, vf, best, only in beat[:top]:
            pr = {}
            for x, c, rule in idx[best[0]].get(only[0]['path'], []):
                if c & set(only[0]['cwe']):
                    pr.setdefault('rule', rule)
            out.append(f'| {lang} | {cwe} | {npos} | {vf} | {TOOLS[best[0]]["label"]} {best[1]} | {n} | '
                       + '<br>'.join(map(example, only[:2])).replace('|', '\\|') + (f' (peer rule `{pr["rule"]}`)' if pr else '') + ' |')

    # Vigil findings on a labelled line whose CWE does not match: the rule is there, the tag differs.
    mism = collections.defaultdict(set)
    mism_ex = {}
    for r in pos:
        if not r['lines'] or file_hit(v, r):
            continue
        for x, c, rule in v.get(r['path'], []):
            if any(abs(x - l) <= 2 for l in r['lines']):
                k = (r['language'], rule, ','.join(sorted(c)) or 'none', ','.join(r['cwe']))
                mism[k].add(r['path'])
                mism_ex.setdefault(k, f'{r["path"]}:{x}')
    if mism:
        out.append(f'\n#### {corpus}: Vigil findings on the labelled line with another CWE (tagging gaps)\n')
        out.append('| language | rule | rule CWEs | label CWE | files | example |')
        out.append('|---|---|---|---|---|---|')
        for k, n in sorted(((k, len(v)) for k, v in mism.items()), key=lambda kv: -kv[1])[:top]:
            out.append(f'| {k[0]} | `{k[1]}` | {k[2]} | {k[3]} | {n} | `{mism_ex[k]}` |')

    # False positives: findings in files labelled not vulnerable (any CWE), by rule.
    neg = {r['path'] for r in gt if r['label'] == 0}
    if neg:
        for t in ['vigil'] + [p for p in peers if p in idx]:
            fp = collections.Counter()
            fpc = collections.Counter()
            ex = {}
            for p in sorted(neg):
                seen = set()
                for x, c, rule in idx[t].get(p, []):
                    if rule in seen:
                        continue
                    seen.add(rule)
                    fp[rule] += 1
                    if c & set(rec[p]['cwe']):
                        fpc[rule] += 1
                    ex.setdefault(rule, f'{p}:{x}')
            if not fp:
                continue
            label = TOOLS[t]['label']
            out.append(f'\n#### {corpus}: {label} rules firing on files labelled not vulnerable (top {top})\n')
            out.append('| rule | negative files | of which CWE = the file\'s CWE | example |')
            out.append('|---|---|---|---|')
            for rule, n in fp.most_common(top if t == 'vigil' else 5):
                out.append(f'| `{rule}` | {n} | {fpc[rule]} | `{ex[rule]}` |')
    return '\n'.join(out)


def vigil_rule_counts(res):
    c = collections.Counter(rule for _, _, _, rule in res)
    return ', '.join(f'`{r}` {n}' for r, n in c.most_common(12))


# ----------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--work', default='/tmp/vigil-accuracy', help='scratch folder: corpora, tool outputs, report (default %(default)s)')
    ap.add_argument('--shared', default=os.environ.get('VIGIL_SHARED', DEFAULT_SHARED), help='folder with corpora/ and tools/ (default %(default)s)')
    ap.add_argument('--peers', default=os.environ.get('PEERS', '/work/peers'), help='where shared/tools/peers/setup.sh installed the peers (default $PEERS or %(default)s)')
    ap.add_argument('--tools', default=','.join(TOOLS), help='comma-separated subset of: ' + ', '.join(TOOLS))
    ap.add_argument('--corpora', default=None, help='comma-separated subset of: cyberseceval, castle, owasp-java, owasp-python, juliet, semgrep-rules')
    ap.add_argument('--owasp-java', help='checkout of OWASP-Benchmark/BenchmarkJava (kept outside the repository)')
    ap.add_argument('--owasp-python', help='checkout of OWASP-Benchmark/BenchmarkPython (kept outside the repository)')
    ap.add_argument('--juliet', action='append', default=[],
                    help='checkout of a Juliet test suite (C/C++ or Java, NIST SARD v1.3; kept outside the repository); repeatable')
    ap.add_argument('--semgrep-rules', help='checkout of semgrep/semgrep-rules: its rule tests, scored per labeled line (kept outside the repository)')
    ap.add_argument('--juliet-per-cwe', type=int, default=10, help='test cases sampled per Juliet CWE folder (default %(default)s)')
    ap.add_argument('--vigil', help='use this vigil binary instead of building one')
    ap.add_argument('--rev', help='build vigil from this git revision (exported with git archive) instead of the work tree')
    ap.add_argument('--reuse-peers', action='store_true', help="reuse peers' outputs from an earlier run in --work (they do not change with Vigil)")
    ap.add_argument('--top', type=int, default=15, help='rows per gap-analysis table')
    ap.add_argument('--markdown', help='also write the report to this file')
    ap.add_argument('--json', help='also write the scores as JSON to this file')
    args = ap.parse_args()
    args.work = os.path.abspath(args.work)
    os.makedirs(args.work, exist_ok=True)

    tools = [t.strip() for t in args.tools.split(',') if t.strip()]
    for t in tools:
        if t not in TOOLS:
            sys.exit(f'unknown tool {t}')
    corpora = materialize(args.shared, args.work, args.owasp_java, args.owasp_python, args.juliet, args.juliet_per_cwe,
                          args.semgrep_rules)
    if args.corpora:
        want = set(args.corpora.split(','))
        corpora = {k: v for k, v in corpora.items() if k in want}

    if args.rev:  # pin the revision: HEAD may move while we build
        args.rev = subprocess.run(['git', '-C', REPO, 'rev-parse', '--verify', args.rev + '^{commit}'], check=True,
                                  stdout=subprocess.PIPE, text=True).stdout.strip()
    vigil = None
    if 'vigil' in tools:
        vigil = os.path.abspath(args.vigil) if args.vigil else build_vigil(args.rev, args.work)
        vversion = subprocess.run([vigil, '--version'], stdout=subprocess.PIPE, text=True).stdout.strip()
    for t in [t for t in tools if t != 'vigil']:
        if not peer_available(t, args.peers):
            log(f'{t}: not installed in {args.peers} (run shared/tools/peers/setup.sh with PEERS={args.peers}); skipped')
            tools.remove(t)

    resdir = os.path.join(args.work, 'results')
    ran = collections.defaultdict(dict)   # corpus -> tool -> (secs, err)
    scores = {}
    results = collections.defaultdict(dict)  # corpus -> tool -> parsed results
    for corpus, cdir in corpora.items():
        gt = read_gt(cdir)
        langs = sorted({r['language'] for r in gt})
        os.makedirs(os.path.join(resdir, corpus), exist_ok=True)
        for t in tools:
            if corpus in TOOLS[t]['own']:
                log(f'{corpus}: {t} skipped (its own corpus)')
                continue
            tl = TOOLS[t]['langs']
            if tl is not None and not (set(langs) & tl):
                continue
            # Folders to scan: the language folders the tool handles, or the whole corpus.
            sub = sorted({r['path'].split('/')[0] for r in gt if '/' in r['path'] and (tl is None or r['language'] in tl)})
            dirs = sub if sub and tl is not None else ['.']
            out = os.path.join(resdir, corpus, t + ('.sarif' if t in ('vigil', 'foxguard') else '.json'))
            if t != 'vigil' and args.reuse_peers and os.path.exists(out) and os.path.exists(out + '.meta'):
                ran[corpus][t] = tuple(json.load(open(out + '.meta')))
                log(f'{corpus}: {t} reused {out}')
                if t == 'semgrep-codeshield' and not os.path.exists(out + '.raw'):
                    d = normalise_semgrep(json.load(open(out)), out)
                    with open(out, 'w') as o:
                        json.dump(d, o)
            else:
                log(f'{corpus}: running {t} on {" ".join(dirs)} ...')
                ran[corpus][t] = run_tool(t, cdir, dirs, out, args, vigil)
                json.dump(ran[corpus][t], open(out + '.meta', 'w'))
                log(f'{corpus}: {t} took {ran[corpus][t][0]:.1f}s' + (f'; ERROR {ran[corpus][t][1]}' if ran[corpus][t][1] else ''))
            results[corpus][t] = load_results(out)
            line_records = read_lines(cdir)
            if line_records is not None:
                for strict in (True, False):
                    for l, s in semgrep_tests.score_lines(line_records, results[corpus][t], match_path, strict).items():
                        if tl is None or l in tl:
                            scores[(corpus, t, l, 'cwe' if strict else 'any')] = s
                continue
            for l in langs:
                if tl is not None and l not in tl:
                    continue
                for strict in (True, False):
                    scores[(corpus, t, l, 'cwe' if strict else 'any')] = score(args, cdir, out, l, strict)

    # ------------------------------------------------------------------ report
    now = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')
    md = [f'# Accuracy run, {now}\n']
    if vigil:
        if args.vigil:
            md.append(f'Vigil: `{vversion}`, the given binary `{vigil}`.\n')
        else:
            src, subj = describe_source(args.rev)
            md.append(f'Vigil: `{vversion}`, source {src} ("{subj}").\n')
    pv = []
    for t, cmd in (('semgrep-codeshield', ['venv/bin/semgrep', '--version']), ('bandit', ['venv/bin/bandit', '--version']),
                   ('foxguard', ['cargo/bin/foxguard', '--version'])):
        if t in tools:
            o = subprocess.run([os.path.join(args.peers, cmd[0]), cmd[1]], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=dict(os.environ, SEMGREP_ENABLE_VERSION_CHECK='0')).stdout.strip().splitlines()
            v = o[0] if o else '?'
            pv.append(v if v.split()[0] == t else f'{t} {v}')
    if 'codeshield' in tools:
        o = subprocess.run([os.path.join(args.peers, 'venv/bin/pip'), 'show', 'codeshield'], stdout=subprocess.PIPE, text=True).stdout
        m = re.search(r'Version: (\S+)', o)
        pv.append(f'codeshield {m[1] if m else "?"}')
    if pv:
        md.append('Peers: ' + '; '.join(pv) + '.\n')
    for corpus, cdir in corpora.items():
        gt = read_gt(cdir)
        npos = sum(r['label'] == 1 for r in gt)
        md.append(f'## {corpus} ({len(gt)} files, {npos} vulnerable, {len(gt) - npos} not)\n')
        if all(r['label'] == 1 for r in gt):
            md.append('Every file is labelled vulnerable, so precision is not defined here (it would read 1.00 for any tool '
                      'with one hit); recall is the number to read.\n')
        line_records = read_lines(cdir)
        if line_records is not None:
            npos = sum(r['label'] for r in line_records)
            md.append(f'Scored per labeled line: {len(line_records)} lines, {npos} labeled vulnerable (`ruleid`), '
                      f'{len(line_records) - npos} not (`ok`).\n')
            md.append(corpus_table(corpus, line_records, scores, tools, ran, strict=True, unit='line') + '\n')
            md.append(corpus_table(corpus, line_records, scores, tools, ran, strict=False, unit='line') + '\n')
        else:
            md.append(corpus_table(corpus, gt, scores, tools, ran, strict=True) + '\n')
            md.append(corpus_table(corpus, gt, scores, tools, ran, strict=False) + '\n')
        times = ', '.join(f'{TOOLS[t]["label"]} {v[0]:.1f}s' for t, v in ran[corpus].items())
        md.append(f'Wall time on this machine (not a benchmark): {times}.\n')
        errs = [f'{TOOLS[t]["label"]}: {v[1]}' for t, v in ran[corpus].items() if v[1]]
        if errs:
            md.append('Errors: ' + '; '.join(errs) + '\n')
        if corpus == 'juliet':
            tab, _ = owasp_scorecard(corpus, gt, results[corpus], only_flagged=True)
            md.append('Scorecard per Juliet CWE (a test case\'s bad or good version is flagged when a finding in it carries '
                      'the CWE or a related one; Y = TPR − FPR):\n')
            md.append(tab + '\n')
        if corpus.startswith('owasp'):
            tab, _ = owasp_scorecard(corpus, gt, results[corpus])
            md.append('OWASP scorecard (a test is flagged when a finding in its file carries one of the category\'s CWEs, '
                      'related CWEs included; Y = TPR − FPR, the Youden index):\n')
            md.append(tab + '\n')
            md.append('False positives (category CWE, related CWEs included) by the construct that makes the test safe:\n')
            md.append(owasp_fp_constructs(cdir, gt, results[corpus]) + '\n')
    md.append('## Gap analysis (Vigil)\n')
    for corpus, cdir in corpora.items():
        if 'vigil' not in results[corpus]:
            continue
        gt = read_gt(cdir)
        md.append(f'### {corpus}\n')
        md.append('Vigil rules by findings: ' + vigil_rule_counts(results[corpus]['vigil']) + '\n')
        md.append(gap_analysis(corpus, cdir, gt, results[corpus], [t for t in tools if t != 'vigil'], args.top) + '\n')
    text = '\n'.join(md)
    print(text)
    with open(os.path.join(args.work, 'report.md'), 'w') as f:
        f.write(text)
    if args.markdown:
        with open(args.markdown, 'w') as f:
            f.write(text)
    js = {'date': now, 'scores': [dict(corpus=c, tool=t, language=l, mode=m, **s) for (c, t, l, m), s in scores.items()],
          'runs': {c: {t: {'seconds': v[0], 'error': v[1]} for t, v in d.items()} for c, d in ran.items()}}
    with open(args.json or os.path.join(args.work, 'scores.json'), 'w') as f:
        json.dump(js, f, indent=1)
    log(f'report: {os.path.join(args.work, "report.md")}')


if __name__ == '__main__':
    main()
