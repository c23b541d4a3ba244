#!/usr/bin/env bash
# Process start to exit for one small file with the built-in pack: `vigil scan` of a 2-line Python
# file, a 2-line JavaScript file, and an empty directory (loading the rules and nothing else), timed
# with hyperfine (installed with apt when missing). The report goes to /dev/null.
#
#   bench/startup.sh [--priority] [RUNS]      # default 50 runs per case
#
# --priority runs the measurements in their own scheduler autogroup at nice -20 (root only), as
# bench/whole-scan.sh does; see docs/PERFORMANCE.md, "Noise on a shared machine".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
priority=0
if [ "${1:-}" = "--priority" ]; then
  priority=1
  shift
fi
runs=${1:-50}
if ! command -v hyperfine >/dev/null; then
  apt-get install -y -q hyperfine >/dev/null || { echo "needs hyperfine" >&2; exit 2; }
fi
target=${CARGO_TARGET_DIR:-$root/target}
cargo build --release --quiet -p vigil-cli
bin="$target/release/vigil"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty"
printf 'import os\nos.system(input())\n' >"$work/small.py"
printf 'const cp = require("child_process");\ncp.exec(process.argv[2]);\n' >"$work/small.js"
run() {
  # Exit code 1 means findings, which these files have.
  hyperfine --warmup 3 --runs "$runs" -N -i --export-markdown "$work/table.md" \
    -n "small.py" "$bin scan --no-config -o /dev/null $work/small.py" \
    -n "small.js" "$bin scan --no-config -o /dev/null $work/small.js" \
    -n "empty directory" "$bin scan --no-config -o /dev/null $work/empty" >&2
  cat "$work/table.md"
}
if [ "$priority" = 1 ]; then
  export -f run
  export bin work runs
  setsid --wait bash -c '{ echo -20 > /proc/$$/autogroup; } 2>/dev/null ||
    echo "--priority: could not set the autogroup nice value" >&2; run'
else
  run
fi
