#!/usr/bin/env python3
"""Compares vigil-secrets with detect-secrets on the generated labelled corpus.

    cargo run --release -p vigil-secrets --example gen_corpus -- /tmp/secrets-corpus 1
    cargo run --release -p vigil-secrets --example scan_dir -- --json /tmp/secrets-corpus > /tmp/vigil.jsonl
    detect-secrets scan --all-files /tmp/secrets-corpus > /tmp/ds.json   (run from inside the corpus dir)
    python3 compare_detect_secrets.py /tmp/secrets-corpus /tmp/vigil.jsonl /tmp/ds.json

Both tools are judged per line (detect-secrets reports lines, not spans): a
planted secret counts as found when the tool reports any finding on one of its
lines; a finding on a line with no planted secret (and every finding in bait)
is a false alarm. Recall and precision are per family of the planted secret's
detector (false alarms of detect-secrets have no family: they are counted in
the total only).
"""
import collections
import json
import os
import sys


def main():
    corpus, vigil_path, ds_path = sys.argv[1:4]
    labels = [json.loads(line) for line in open(os.path.join(corpus, "labels.jsonl"))]
    by_file = collections.defaultdict(list)
    for lab in labels:
        by_file[lab["file"]].append(lab)

    vigil = collections.defaultdict(set)
    for line in open(vigil_path):
        rec = json.loads(line)
        rel = os.path.relpath(rec["file"], corpus)
        for ln in range(rec["line"], rec["end_line"] + 1):
            vigil[rel].add(ln)
    ds = collections.defaultdict(set)
    ds_types = collections.Counter()
    for path, results in json.load(open(ds_path))["results"].items():
        rel = os.path.normpath(path)
        for r in results:
            ds[rel].add(r["line_number"])
            ds_types[r["type"]] += 1

    def evaluate(found):
        per = collections.defaultdict(lambda: [0, 0])  # family -> [found, planted]
        for lab in labels:
            hit = any(lab["start_line"] <= ln <= lab["end_line"] for ln in found.get(lab["file"], ()))
            per[lab["family"]][1] += 1
            per[lab["family"]][0] += int(hit)
        false_alarms = 0
        bait_alarms = 0
        for f, lines in found.items():
            for ln in lines:
                if not any(l["start_line"] <= ln <= l["end_line"] for l in by_file.get(f, ())):
                    false_alarms += 1
                    bait_alarms += f.startswith("bait")
        return per, false_alarms, bait_alarms

    pv, fv, bv = evaluate(vigil)
    pd, fd, bd = evaluate(ds)
    print("| family | planted | vigil recall | detect-secrets recall |")
    print("| --- | ---: | ---: | ---: |")
    tv = td = tn = 0
    for fam in sorted(pv):
        f1, n = pv[fam]
        f2, _ = pd[fam]
        tv += f1; td += f2; tn += n
        print(f"| {fam} | {n} | {f1 / n:.3f} | {f2 / n:.3f} |")
    print(f"| **all** | {tn} | {tv / tn:.3f} | {td / tn:.3f} |")
    print()
    print("| tool | lines flagged correctly | false alarms (all) | false alarms in bait | precision |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, t, fa, ba in (("vigil-secrets", tv, fv, bv), ("detect-secrets", td, fd, bd)):
        print(f"| {name} | {t} | {fa} | {ba} | {t / max(1, t + fa):.3f} |")
    print()
    print("detect-secrets finding types:", dict(ds_types.most_common()))


if __name__ == "__main__":
    main()
