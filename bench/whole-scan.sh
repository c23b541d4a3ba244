#!/usr/bin/env bash
# Whole-process benchmark: `vigil scan` against a parse-only baseline on the
# CPython standard library and a node_modules tree, with one and two threads.
# Prints MB/s, files/s, peak RSS, the scan/parse ratio and the two-thread
# speed-up. See docs/PERFORMANCE.md.
#
#   bench/whole-scan.sh                 # all corpora, fastest of 3 runs
#   bench/whole-scan.sh --callgrind     # plus instruction counts on subsets
#   bench/whole-scan.sh --repeat 5 --no-npm
#   bench/whole-scan.sh --priority      # on a shared machine (root, Linux)
#   bench/whole-scan.sh --rule-set starter  # only the starter rules (and secrets)
#
# --priority runs the measurements in a new session whose scheduler autogroup
# gets nice -20, so that other sessions' work on a shared machine takes little
# of the CPU from them (plain `nice` does not help across autogroups). It slows
# everything else down while it runs.
#
# Corpora are built in $VIGIL_BENCH_DIR (default /tmp/vigil-bench), never in
# the repository; results go to bench/out/ (ignored by git).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (for peak memory)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y time >&2; else sudo apt-get install -y time >&2; fi
fi
if [[ " $* " == *" --callgrind "* ]] && ! command -v valgrind >/dev/null; then
  echo "--callgrind needs valgrind (apt-get install valgrind)" >&2
  exit 2
fi

target=${CARGO_TARGET_DIR:-$root/target}
echo "building vigil and the parse-only baseline (release) in $target" >&2
cargo build --release --quiet -p vigil-cli -p vigil --bin vigil --example parse_only

priority=0
args=()
for a in "$@"; do
  if [ "$a" = --priority ]; then priority=1; else args+=("$a"); fi
done
run=(python3)
if [ $priority = 1 ]; then
  if [ -w /proc/self/autogroup ]; then
    run=(setsid --wait bash -c '{ echo -20 > /proc/$$/autogroup; } 2>/dev/null ||
      echo "--priority: could not set the autogroup nice value" >&2; exec python3 "$@"' bash)
  else
    echo "--priority: cannot set the autogroup's nice value here; running without it" >&2
  fi
fi

mkdir -p bench/out
stamp=$(date +%Y%m%d-%H%M%S)
"${run[@]}" bench/whole_scan.py \
  --vigil "$target/release/vigil" \
  --parse-only "$target/release/examples/parse_only" \
  --json "bench/out/whole-scan-$stamp.json" \
  ${args[@]+"${args[@]}"} | tee "bench/out/whole-scan-$stamp.md"
echo "results: bench/out/whole-scan-$stamp.{md,json}" >&2
