#!/usr/bin/env python3
"""Compare Vigil with Semgrep on the same Semgrep-format rules and the same files.

Usage:
  compare.py --semgrep SEMGREP --vigil VIGIL --rules RULES_DIR --corpus CORPUS_DIR
             [--details] [--json OUT.json] [--timing-runs N] [--timing-semgrep scan experimental]
             [--semgrep-experimental] [--semgrep-cache DIR] [--explained TSV] [--only ROW ...]

CORPUS_DIR is what `shared/tools/materialize.py OUT` writes: `OUT/cyberseceval/<language>/`
(8 languages) and `OUT/castle/` (C). Each of those folders is one row. Both tools run with
CORPUS_DIR as the working directory on the same relative folder, so both report the same relative
paths. A finding is compared as (path, rule id, start line):

  - Semgrep's `check_id` is the rule id prefixed with the config path in dotted form
    (`work.shared.corpora.codeshield-rules.semgrep.python.insecure-crypto-prng-random`); only the
    last dotted component is kept (no CodeShield rule id contains a dot).
  - Vigil reports the rule's `id` as written.
  - Several findings of one rule starting on one line count once, for both tools.

Printed: per row, Semgrep's findings, Vigil's, both, only Semgrep, only Vigil and the recall of
Semgrep's findings, and the totals; each tool's wall and CPU time per row, and for one run over all
rows (median of --timing-runs runs, for `semgrep scan` and `semgrep scan --experimental`); the
rules Vigil did not load (its JSON `warnings`) and Semgrep's errors (rule errors, files it could
parse only in part or not at all); per rule, where the tools differ; and every difference with a
cause: a mechanical one (the rule did not load in Vigil; Semgrep could not parse the file or those
lines; PHP before `<?php`, which Semgrep reads as HTML) or the one recorded by hand in
explained.tsv, and the count left unexplained. --details lists every differing finding with its
code line. Standard library only; bench/compat/run.sh sets everything up.
"""
import argparse
import collections
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time

SEMGREP_FLAGS = ['scan', '--metrics=off', '--disable-version-check', '--json', '--quiet',
                 '--no-git-ignore', '--x-ignore-semgrepignore-files', '--max-target-bytes', '0']
SEMGREP_ENV = {'SEMGREP_ENABLE_VERSION_CHECK': '0', 'SEMGREP_SEND_METRICS': 'off'}


def rows_of(corpus, only):
    rows = []
    cse = os.path.join(corpus, 'cyberseceval')
    if os.path.isdir(cse):
        rows += [f'cyberseceval/{d}' for d in sorted(os.listdir(cse))
                 if os.path.isdir(os.path.join(cse, d))]
    if os.path.isdir(os.path.join(corpus, 'castle')):
        rows.append('castle')
    if only:
        rows = [r for r in rows if r in only or r.split('/')[-1] in only]
    if not rows:
        sys.exit(f'no corpus folders under {corpus} (run shared/tools/materialize.py first)')
    return rows


def run(cmd, cwd, env=None, ok=(0,)):
    full_env = dict(os.environ, **(env or {}))
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    if p.returncode not in ok:
        sys.exit(f'{cmd[0]} exited {p.returncode}\n{p.stderr.decode(errors="replace")[-3000:]}')
    try:
        out = json.loads(p.stdout)
    except ValueError:
        sys.exit(f'{cmd[0]} printed no JSON\n{p.stderr.decode(errors="replace")[-3000:]}')
    return out, (wall, cpu)


def semgrep_cmd(args, targets):
    cmd = [args.semgrep] + SEMGREP_FLAGS + ['--config', os.path.abspath(args.rules)]
    if args.semgrep_experimental:
        cmd.insert(2, '--experimental')
    return cmd + targets


def vigil_cmd(args, targets):
    return [args.vigil, 'scan'] + targets + ['--no-builtin', '--rules', os.path.abspath(args.rules),
                                             '--format', 'json', '--no-config']


def norm_path(p):
    p = p.replace(os.sep, '/')
    return p[2:] if p.startswith('./') else p


def semgrep_findings(out):
    found = {}
    for r in out.get('results', []):
        key = (norm_path(r['path']), r['check_id'].split('.')[-1], r['start']['line'])
        found.setdefault(key, r['end']['line'])
    return found


def vigil_findings(out):
    found = {}
    for f in out.get('findings', []):
        key = (norm_path(f['path']), f['rule_id'], f['start']['line'])
        found.setdefault(key, f['end']['line'])
    return found


def semgrep_errors(out):
    """(rule errors, {file: (error type, [(first line, last line) skipped] or None for all)})."""
    rule_errors, file_errors = [], {}
    for e in out.get('errors', []):
        kind = e.get('type')
        spans = None
        if isinstance(kind, list):
            kind, spans = kind[0], [(s['start']['line'], s['end']['line']) for s in kind[1]]
        if e.get('rule_id') or 'rule' in str(kind).lower() or 'config' in str(kind).lower():
            rule_errors.append(f"{kind}: {e.get('rule_id', '')} {e.get('message', '')[:300]}")
        elif e.get('path'):
            path = norm_path(e['path'])
            old = file_errors.get(path)
            if old and old[1] is not None and spans is not None:
                spans = old[1] + spans
            elif old and old[1] is None:
                spans = None
            file_errors[path] = (str(kind), spans)
        else:
            rule_errors.append(f"{kind}: {e.get('message', '')[:300]}")
    return rule_errors, file_errors


SKIP_ID = re.compile(r'rule `([^`]+)`|duplicate rule id `([^`]+)`')


def skip_reason(warning):
    """A short reason for a `rule skipped: ...` warning of Vigil."""
    if 'outside Vigil\'s subset' in warning and re.search(r'pattern-(sinks|sources|sanitizers)',
                                                          warning):
        return 'taint mode'
    for needle, why in (('does not parse', 'a pattern does not parse'),
                        ('unknown key', 'unknown rule key'),
                        ('duplicate rule id', 'duplicate rule id'),
                        ('positive term', 'only negative terms')):
        if needle in warning:
            return why
    return warning.split(': ')[-1][:60]


def skipped_rule_ids(warnings):
    """{rule id: short reason} of the rules Vigil did not load."""
    ids = {}
    for w in warnings:
        if w.startswith('rule skipped'):
            m = SKIP_ID.search(w)
            if m:
                ids[m.group(1) or m.group(2)] = skip_reason(w)
    return ids


def cause(only, key, end, other, corpus, sg_file_errors, vigil_unloaded):
    """A first, mechanical guess at why one tool has a finding that the other has not."""
    path, rule, line = key
    if only == 'semgrep' and rule in vigil_unloaded:
        return f'rule not loaded by Vigil ({vigil_unloaded[rule]})'
    for (p, r, l), e in other.items():
        if p == path and r == rule and (line <= l <= end or l <= line <= e):
            return 'same finding, other start line'
    if only == 'vigil':
        err = sg_file_errors.get(path)
        if err and err[1] is None:
            return 'Semgrep could not parse the file'
        if err and any(a <= line <= b or a <= end <= b for a, b in err[1]):
            return 'Semgrep skipped these lines (partial parse)'
        if path.endswith('.php'):
            with open(os.path.join(corpus, path), errors='replace') as f:
                text = f.read()
            tag = text.find('<?php')
            if tag < 0 or text.count('\n', 0, tag) + 1 > line:
                return 'no <?php before it: Semgrep reads it as HTML'
    return 'other'


def load_explained(path):
    """{(only, rule, path, line): cause} from a tab-separated file; '#' starts a comment."""
    known = {}
    if not path or not os.path.exists(path):
        return known
    with open(path) as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) < 5:
                sys.exit(f'{path}:{n}: want 5 tab-separated fields: only rule path line cause')
            only, rule, p, ln, why = (x.strip() for x in parts[:5])
            known[(only, rule, p, int(ln))] = why
    return known


def code_line(corpus, path, line):
    try:
        with open(os.path.join(corpus, path), errors='replace') as f:
            lines = f.read().split('\n')
        return lines[line - 1].strip()[:160] if 0 < line <= len(lines) else ''
    except OSError:
        return ''


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--semgrep', required=True, help='semgrep executable')
    ap.add_argument('--vigil', required=True, help='vigil executable')
    ap.add_argument('--rules', required=True, help='folder of Semgrep-format rules')
    ap.add_argument('--corpus', required=True, help='output folder of shared/tools/materialize.py')
    ap.add_argument('--details', action='store_true', help='list every differing finding')
    ap.add_argument('--json', metavar='OUT', help='write every finding and difference as JSON')
    ap.add_argument('--timing-runs', type=int, default=1,
                    help='runs of each tool over all rows together, for the median wall time '
                         '(0: skip)')
    ap.add_argument('--timing-semgrep', nargs='*', default=['scan', 'experimental'],
                    choices=['scan', 'experimental'],
                    help='Semgrep modes to time over all rows: `semgrep scan` (pysemgrep) '
                         'and `semgrep scan --experimental` (osemgrep); default both')
    ap.add_argument('--semgrep-experimental', action='store_true',
                    help='run Semgrep with --experimental (osemgrep)')
    ap.add_argument('--explained', metavar='TSV',
                    default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                         'explained.tsv'),
                    help='differences already analysed: only, rule, path, line, cause '
                         '(tab-separated; default: explained.tsv beside this script)')
    ap.add_argument('--only', nargs='*', help='only these rows (e.g. python castle)')
    ap.add_argument('--semgrep-cache', metavar='DIR',
                    help="keep Semgrep's JSON per row in DIR and reuse it on later runs (its "
                         'wall time is then the cached one); Semgrep is slow and its results do '
                         'not change when Vigil does')
    args = ap.parse_args()
    corpus = os.path.abspath(args.corpus)
    rows = rows_of(corpus, args.only)

    sg_version = subprocess.run([args.semgrep, '--version'], env=dict(os.environ, **SEMGREP_ENV),
                                capture_output=True, text=True).stdout.strip()
    vg_version = subprocess.run([args.vigil, '--version'], capture_output=True,
                                text=True).stdout.strip()
    print(f'Semgrep {sg_version}{" (--experimental)" if args.semgrep_experimental else ""}, '
          f'{vg_version}; rules {args.rules}; corpus {args.corpus}\n')

    table, report = [], {'rows': {}}
    vigil_warnings, sg_rule_errors, sg_file_errors, vigil_skipped = set(), set(), {}, {}
    per_rule = collections.defaultdict(lambda: [0, 0, 0])
    differences = []
    for row in rows:
        mode = '.experimental' if args.semgrep_experimental else ''
        cached = args.semgrep_cache and os.path.join(args.semgrep_cache,
                                                     row.replace('/', '_') + mode + '.json')
        sg_out = None
        if cached and os.path.exists(cached):
            with open(cached) as f:
                sg_out = json.load(f)
            if sg_out.get('_key') != [sg_version, os.path.abspath(args.rules)]:
                sg_out = None
        if sg_out is not None:
            sg_wall = tuple(sg_out.pop('_time_s'))
        else:
            sg_out, sg_wall = run(semgrep_cmd(args, [row]), corpus, SEMGREP_ENV, ok=(0, 1))
            if cached:
                os.makedirs(args.semgrep_cache, exist_ok=True)
                with open(cached, 'w') as f:
                    json.dump(dict(sg_out, _time_s=sg_wall,
                                   _key=[sg_version, os.path.abspath(args.rules)]), f)
        vg_out, vg_wall = run(vigil_cmd(args, [row]), corpus, ok=(0, 1))
        sg, vg = semgrep_findings(sg_out), vigil_findings(vg_out)
        rule_errors, file_errors = semgrep_errors(sg_out)
        sg_rule_errors.update(rule_errors)
        sg_file_errors.update(file_errors)
        vigil_warnings.update(vg_out.get('warnings', []))
        for s in vg_out.get('skipped', []):
            vigil_skipped[norm_path(s.get('path', '?'))] = s.get('reason', s)
        both = sg.keys() & vg.keys()
        only_sg = sorted(sg.keys() - vg.keys())
        only_vg = sorted(vg.keys() - sg.keys())
        for k in both:
            per_rule[k[1]][0] += 1
        unloaded = skipped_rule_ids(vg_out.get('warnings', []))
        for k in only_sg:
            per_rule[k[1]][1] += 1
            why = cause('semgrep', k, sg[k], vg, corpus, file_errors, unloaded)
            differences.append(('semgrep', row, k, sg[k], why))
        for k in only_vg:
            per_rule[k[1]][2] += 1
            why = cause('vigil', k, vg[k], sg, corpus, file_errors, unloaded)
            differences.append(('vigil', row, k, vg[k], why))
        files = len(sg_out.get('paths', {}).get('scanned', [])) or \
            vg_out.get('stats', {}).get('files_scanned', 0)
        table.append((row, files, len(sg), len(vg), len(both), len(only_sg), len(only_vg),
                      sg_wall, vg_wall))
        report['rows'][row] = dict(semgrep=len(sg), vigil=len(vg), both=len(both),
                                   only_semgrep=[list(k) for k in only_sg],
                                   only_vigil=[list(k) for k in only_vg],
                                   semgrep_wall_cpu_s=sg_wall, vigil_wall_cpu_s=vg_wall,
                                   semgrep_partial_parse_files=len(file_errors))

    def recall(b, s):
        return f'{100.0 * b / s:.1f}%' if s else 'n/a'

    head = ('row', 'files', 'Semgrep', 'Vigil', 'both', 'only Semgrep', 'only Vigil',
            'recall of Semgrep')
    print('| ' + ' | '.join(head) + ' |')
    print('|' + '---|' * len(head))
    tot = [0] * 6
    for row, files, s, v, b, os_, ov, _, _ in table:
        print(f'| {row} | {files} | {s} | {v} | {b} | {os_} | {ov} | {recall(b, s)} |')
        tot = [a + x for a, x in zip(tot, (files, s, v, b, os_, ov))]
    print(f'| **total** | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} | {tot[4]} | {tot[5]} | '
          f'**{recall(tot[3], tot[1])}** |')
    report['total'] = dict(files=tot[0], semgrep=tot[1], vigil=tot[2], both=tot[3],
                           only_semgrep=tot[4], only_vigil=tot[5],
                           recall=tot[3] / tot[1] if tot[1] else None)

    print('\nTime per row, one process each (wall / CPU seconds, CPU = user + system of the '
          'process and its children):\n')
    print('| row | Semgrep wall | Semgrep CPU | Vigil wall | Vigil CPU |')
    print('|---|---|---|---|---|')
    tsg, tvg = [0.0, 0.0], [0.0, 0.0]
    for row, *_, sw, vw in table:
        print(f'| {row} | {sw[0]:.2f} | {sw[1]:.2f} | {vw[0]:.2f} | {vw[1]:.2f} |')
        tsg = [x + y for x, y in zip(tsg, sw)]
        tvg = [x + y for x, y in zip(tvg, vw)]
    print(f'| **total** | {tsg[0]:.1f} | {tsg[1]:.1f} | {tvg[0]:.2f} | {tvg[1]:.2f} |')
    if args.semgrep_cache:
        print('(Semgrep times come from its cache when it was reused.)')

    if args.timing_runs > 0:
        print(f'\nAll rows in one run, median of {args.timing_runs} (seconds):\n')
        print('| tool | wall | CPU | Vigil faster (wall) | Vigil faster (CPU) |')
        print('|---|---|---|---|---|')
        vg_times = [run(vigil_cmd(args, rows), corpus, ok=(0, 1))[1]
                    for _ in range(args.timing_runs)]
        vgm = [statistics.median(t[i] for t in vg_times) for i in (0, 1)]
        report['timing'] = dict(runs=args.timing_runs, vigil=vg_times)
        for mode in args.timing_semgrep:
            cmd = semgrep_cmd(args, rows)
            if mode == 'experimental' and '--experimental' not in cmd:
                cmd.insert(2, '--experimental')
            elif mode == 'scan' and '--experimental' in cmd:
                cmd.remove('--experimental')
            ts = [run(cmd, corpus, SEMGREP_ENV, ok=(0, 1))[1] for _ in range(args.timing_runs)]
            sgm = [statistics.median(t[i] for t in ts) for i in (0, 1)]
            name = 'semgrep scan' + (' --experimental' if mode == 'experimental' else '')
            print(f'| {name} | {sgm[0]:.2f} | {sgm[1]:.2f} | {sgm[0] / vgm[0]:.0f}x | '
                  f'{sgm[1] / vgm[1]:.0f}x |')
            report['timing'][name] = ts
        print(f'| vigil scan | {vgm[0]:.2f} | {vgm[1]:.2f} | | |')

    print(f'\nRules Vigil did not load ({len(vigil_warnings)}):')
    for w in sorted(vigil_warnings):
        print('  ' + w.replace(os.path.abspath(args.rules) + os.sep, ''))
    print(f'\nSemgrep rule errors ({len(sg_rule_errors)}):')
    for e in sorted(sg_rule_errors):
        print('  ' + e)
    kinds = collections.Counter('whole file' if v[1] is None else 'some lines'
                                for v in sg_file_errors.values())
    print(f'Files Semgrep parsed only in part or not at all: {len(sg_file_errors)} '
          f'({", ".join(f"{k}: {n}" for k, n in kinds.most_common())})')
    print(f'Files Vigil skipped: {len(vigil_skipped)}')
    for p, why in sorted(vigil_skipped.items()):
        print(f'  {p}: {why}')

    print('\nPer rule, where the tools differ (both / only Semgrep / only Vigil):')
    for rule, (b, s, v) in sorted(per_rule.items()):
        if s or v:
            print(f'  {rule}: {b} / {s} / {v}')
    report['per_rule'] = {r: dict(both=b, only_semgrep=s, only_vigil=v)
                          for r, (b, s, v) in per_rule.items()}

    known = load_explained(args.explained)
    seen = set()
    for i, (tool, row, k, end, why) in enumerate(differences):
        key = (tool, k[1], k[0], k[2])
        if key in known:
            seen.add(key)
            if why == 'other':
                differences[i] = (tool, row, k, end, known[key])
    print('\nDifferences by cause (only Semgrep / only Vigil); causes other than the mechanical '
          f'ones come from {os.path.basename(args.explained)}:')
    causes = collections.defaultdict(lambda: [0, 0])
    for tool, _, _, _, why in differences:
        causes[why][0 if tool == 'semgrep' else 1] += 1
    for why, (s, v) in sorted(causes.items(), key=lambda c: -sum(c[1])):
        print(f'  {why}: {s} / {v}')
    unexplained = sum(1 for d in differences if d[4] == 'other')
    print(f'Unexplained differences: {unexplained}')
    stale = sorted(k for k in known
                   if k not in seen and any(k[2].startswith(r + '/') for r in rows))
    if stale:
        print(f'Entries of {os.path.basename(args.explained)} no longer seen ({len(stale)}; '
              'a gap fixed? remove them):')
        for k in stale:
            print('  ' + '\t'.join(map(str, k)))
    report['unexplained'] = unexplained
    by_rule_cause = collections.Counter((t, k[1], why) for t, _, k, _, why in differences)
    print('\nBy rule and cause:')
    for (tool, rule, why), n in sorted(by_rule_cause.items()):
        print(f'  only {tool:7} {rule}: {why}: {n}')

    if args.details:
        print('\nDifferences (tool that found it, path:line-end rule [cause], code line):')
        for tool, row, (path, rule, line), end, why in sorted(differences, key=lambda d: d[2]):
            mark = 'S' if tool == 'semgrep' else 'V'
            print(f'  only-{mark} {path}:{line}-{end} {rule} [{why}]\n'
                  f'      {code_line(corpus, path, line)}')
    report['differences'] = [dict(only=t, row=r, path=k[0], rule=k[1], line=k[2], end_line=e,
                                  cause=why) for t, r, k, e, why in differences]
    report['vigil_warnings'] = sorted(vigil_warnings)
    report['semgrep_rule_errors'] = sorted(sg_rule_errors)
    report['semgrep_parse_errors'] = {p: dict(kind=k, lines=sp) for p, (k, sp) in sg_file_errors.items()}
    if args.json:
        with open(args.json, 'w') as f:
            json.dump(report, f, indent=1)


if __name__ == '__main__':
    main()
