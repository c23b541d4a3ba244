"""The Juliet test suites (NIST SARD) as a labeled corpus for bench/accuracy/accuracy.py.

Every Juliet test case holds its flaw in "bad" code and the same operation done safely in "good"
code, in one file. The suites are built to be compiled twice: with `-DOMITGOOD` (only the flawed
code) and with `-DOMITBAD` (only the safe code). This module writes both versions of each test case
as two files, the left-out part blanked line for line so that line numbers stay those of the
original, and labels the bad version vulnerable and the good version not:

- C and C++ (juliet-test-suite-c, v1.3): the `#ifndef OMITBAD` / `#ifndef OMITGOOD` blocks;
- Java (v1.3): methods whose names contain `bad` or `good` (`bad`, `badSink`, `goodG2B`,
  `goodB2GSink`, `helperGood`, ...), blanked from their declaration to their closing brace.

Only single-file test cases are taken (flow variants without a letter suffix: `_01` ... `_45`);
the multi-file variants (`_51a` ... `_84b`) split one flaw across files, and no half of them is
vulnerable on its own. From each CWE folder a deterministic, evenly spread sample of at most
`per_cwe` test cases is taken (sorted by name), so that the small CWEs count as much as
CWE-121's thousands of variants. The labeled lines are those after a `FLAW` comment in the bad
version. A finding counts for a test case's CWE when it carries the CWE or one of the related
CWEs a scanner reports for the same flaw (`FAMILIES`).

Standard library only.
"""
import json
import os
import re
import shutil

# Related CWEs: what a scanner may report for the flaw of a Juliet CWE folder.
_BUFFER = {119, 120, 121, 122, 123, 124, 125, 126, 127, 131, 170, 193, 242, 676, 680, 785, 787, 788, 805, 806}
_INTEGER = {190, 191, 192, 194, 195, 196, 197, 680, 681}
_PATH = {22, 23, 36, 73}
_FREE = {590, 761, 762, 763}
_CRYPTO = {326, 327, 328, 780, 916}
_RANDOM = {330, 338}
_CREDENTIALS = {259, 321, 798}
FAMILIES = {
    78: {77, 78, 88}, 77: {77, 78, 88}, 88: {77, 78, 88},
    22: _PATH, 23: _PATH, 36: _PATH, 73: _PATH,
    79: {79, 80, 81, 83}, 80: {79, 80, 81, 83}, 81: {79, 80, 81, 83}, 83: {79, 80, 81, 83},
    89: {89, 564}, 90: {90}, 643: {643}, 113: {113, 93, 644},
    134: {134},
    415: {415}, 416: {416, 825}, 476: {476}, 690: {690, 476, 252}, 401: {401, 772}, 457: {457, 908, 909},
    252: {252, 253, 690}, 253: {252, 253},
    319: {319, 523}, 614: {614}, 315: {315, 312}, 256: {256, 312, 522}, 601: {601},
    259: _CREDENTIALS, 321: _CREDENTIALS, 798: _CREDENTIALS,
    327: _CRYPTO, 328: _CRYPTO, 780: _CRYPTO, 916: _CRYPTO, 759: {759, 760, 916}, 760: {759, 760, 916},
    329: {329, 1204}, 330: _RANDOM, 338: _RANDOM,
    470: {470}, 511: {511, 506}, 506: {506, 511}, 489: {489}, 209: {209, 200, 497}, 535: {535, 200, 209},
    789: {789, 770, 400}, 400: {400, 770, 789}, 606: {606, 834}, 835: {835, 834},
}
for _c in _BUFFER:
    FAMILIES.setdefault(_c, _BUFFER)
for _c in _INTEGER:
    FAMILIES.setdefault(_c, _INTEGER)
for _c in _FREE:
    FAMILIES.setdefault(_c, _FREE)

_SINGLE_FILE = re.compile(r'^(CWE\d+)_.*_(\d\d)\.(c|cpp|java)$')
_EXT_LANG = {'.c': 'c', '.cpp': 'cpp', '.java': 'java'}
# A Java method declaration at class level (Juliet puts four spaces before it, the brace on the next
# line and the closing brace at the same indentation).
_JAVA_METHOD = re.compile(r'^    (?:public|private|protected|static|final|synchronized|\s)*[\w<>\[\], ]+?\b(\w+)\s*\(')
_FLAW = re.compile(r'\bFLAW\b')


def family(cwe):
    return FAMILIES.get(cwe, {cwe})


def find_testcases(root):
    """{CWE number: [paths]} of the single-file test cases under ROOT (a checkout of either suite)."""
    by_cwe = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            m = _SINGLE_FILE.match(name)
            if m:
                by_cwe.setdefault(int(m[1][3:]), []).append(os.path.join(dirpath, name))
    return by_cwe


def sample(paths, n):
    """At most N of PATHS, evenly spread over the sorted list (deterministic)."""
    paths = sorted(paths)
    if len(paths) <= n:
        return paths
    step = len(paths) / n
    return [paths[int(i * step)] for i in range(n)]


def c_regions(lines):
    """(bad, good) sets of 0-based line numbers: the OMITBAD and OMITGOOD blocks, directives included."""
    bad, good = set(), set()
    current, start = None, 0
    for i, line in enumerate(lines):
        s = line.strip()
        if current is None and s.startswith('#ifndef OMITBAD'):
            current, start = bad, i
        elif current is None and s.startswith('#ifndef OMITGOOD'):
            current, start = good, i
        elif current is not None and s.startswith('#endif') and ('OMITBAD' in s or 'OMITGOOD' in s):
            current.update(range(start, i + 1))
            current = None
    return bad, good


def java_regions(lines):
    """(bad, good) sets of 0-based line numbers: the methods named bad* or good*, declaration to brace."""
    bad, good = set(), set()
    i = 0
    while i < len(lines):
        m = _JAVA_METHOD.match(lines[i])
        if not m or lines[i].rstrip().endswith(';'):
            i += 1
            continue
        name = m[1].lower()
        end = i + 1
        while end < len(lines) and lines[end].rstrip() != '    }':
            end += 1
        if end >= len(lines):
            break
        if 'good' in name:
            good.update(range(i, end + 1))
        elif 'bad' in name:
            bad.update(range(i, end + 1))
        i = end + 1
    return bad, good


def flaw_lines(lines, region):
    """1-based numbers of the first code line after each FLAW comment inside REGION."""
    out = []
    i = 0
    while i < len(lines):
        if i in region and _FLAW.search(lines[i]) and ('/*' in lines[i] or '//' in lines[i]):
            j = i
            if '/*' in lines[i]:
                while j < len(lines) and '*/' not in lines[j]:
                    j += 1
            j += 1
            while j < len(lines) and (not lines[j].strip() or lines[j].strip().startswith(('/*', '//', '*'))):
                j += 1
            if j < len(lines) and j in region:
                out.append(j + 1)
            i = j
        else:
            i += 1
    return out


def blank(lines, drop):
    return ''.join('\n' if i in drop else line for i, line in enumerate(lines))


def write_corpus(suites, out, per_cwe):
    """Writes the corpus to OUT (language folders, GROUND_TRUTH.jsonl) from SUITES, a list of suite
    checkouts, unless it is already there. Returns OUT."""
    gt_path = os.path.join(out, 'GROUND_TRUTH.jsonl')
    stamp = os.path.join(out, '.sample')
    want = json.dumps({'per_cwe': per_cwe, 'suites': sorted(os.path.abspath(s) for s in suites)})
    if os.path.exists(gt_path) and os.path.exists(stamp) and open(stamp).read() == want:
        return out
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    recs = []
    for suite in suites:
        for cwe, paths in sorted(find_testcases(suite).items()):
            for path in sample(paths, per_cwe):
                stem, ext = os.path.splitext(os.path.basename(path))
                lang = _EXT_LANG[ext]
                with open(path, encoding='utf-8', errors='replace') as f:
                    lines = f.readlines()
                bad, good = (java_regions if lang == 'java' else c_regions)(lines)
                if not bad or not good:
                    continue
                folder = os.path.join(lang, f'CWE{cwe}')
                os.makedirs(os.path.join(out, folder), exist_ok=True)
                cwes = [f'CWE-{c}' for c in sorted(family(cwe))]
                for label, keep, drop in ((1, bad, good), (0, good, bad)):
                    rel = os.path.join(folder, f'{stem}_{"bad" if label else "good"}{ext}')
                    with open(os.path.join(out, rel), 'w', encoding='utf-8') as f:
                        f.write(blank(lines, drop))
                    recs.append(dict(path=rel, language=lang, label=label, cwe=cwes, category=f'CWE-{cwe}',
                                     lines=flaw_lines(lines, keep) if label else []))
    with open(gt_path, 'w') as f:
        for r in recs:
            f.write(json.dumps(r) + '\n')
    with open(stamp, 'w') as f:
        f.write(want)
    return out
