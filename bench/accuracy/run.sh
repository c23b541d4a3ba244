#!/usr/bin/env bash
# Accuracy of Vigil and its peers on the labeled development corpora (CyberSecEval, CASTLE, and,
# when given, the OWASP Benchmark for Java and Python, the Juliet suites for C/C++ and Java, and the
# semgrep-rules tests). Prints one table per corpus and a gap analysis; see
# bench/accuracy/accuracy.py --help and docs/ACCURACY.md.
#
#   PEERS=/work/peers bench/accuracy/run.sh
#   PEERS=/work/peers bench/accuracy/run.sh --owasp-java /work/ext/BenchmarkJava --owasp-python /work/ext/BenchmarkPython \
#       --juliet /work/ext/juliet-c --juliet /work/ext/juliet-java --semgrep-rules /work/ext/semgrep-rules
#
# Peers come from /work/shared/tools/peers/setup.sh (PEERS=/work/peers); missing ones are skipped.
# Corpora and tool outputs go to --work (default /tmp/vigil-accuracy), never into the repository.
set -euo pipefail
exec python3 "$(dirname "$0")/accuracy.py" "$@"
