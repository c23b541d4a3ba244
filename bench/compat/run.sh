#!/usr/bin/env bash
# Reproduce docs/COMPATIBILITY.md: CodeShield's Semgrep-format rules run by Semgrep and by Vigil on the
# files shared/tools/materialize.py writes, compared finding by finding (bench/compat/compare.py).
#
#   bench/compat/run.sh [compare.py options...]      e.g. --details, --timing-runs 3, --only python
#
# Environment (all optional):
#   COMPAT_WORK   scratch folder outside the repository (default: /tmp/vigil-compat); holds the Semgrep
#                 venv, the materialized corpus and the Semgrep result cache
#   SEMGREP       a semgrep executable to use instead of installing one from PyPI into the venv
#   VIGIL         a vigil executable to use instead of building this checkout (cargo build --release)
#   SHARED        the shared/ folder (default: the one beside the repository)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=${COMPAT_WORK:-/tmp/vigil-compat}
shared=${SHARED:-$repo/../shared}
mkdir -p "$work"

if [ -z "${SEMGREP:-}" ]; then
  if [ ! -x "$work/venv/bin/semgrep" ]; then
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install -q semgrep
  fi
  SEMGREP=$work/venv/bin/semgrep
fi

if [ ! -f "$work/corpus/cyberseceval/GROUND_TRUTH.jsonl" ]; then
  python3 "$shared/tools/materialize.py" "$work/corpus"
fi

if [ -z "${VIGIL:-}" ]; then
  (cd "$repo" && cargo build --release -q -p vigil-cli)
  VIGIL=${CARGO_TARGET_DIR:-$repo/target}/release/vigil
fi

exec python3 "$here/compare.py" --semgrep "$SEMGREP" --vigil "$VIGIL" \
  --rules "$shared/corpora/codeshield-rules/semgrep" --corpus "$work/corpus" \
  --semgrep-cache "$work/semgrep-cache" "$@"
