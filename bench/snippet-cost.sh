#!/usr/bin/env bash
# Instructions per in-process snippet scan and per parse of the same snippet,
# counted by callgrind (repeatable on a noisy machine), for the four snippets
# of crates/vigil/benches/scan.rs. Only `measure` in
# crates/vigil/examples/snippet_cost.rs is counted: building the scanner and a
# first warm-up run are not.
#
#   bench/snippet-cost.sh [ITERATIONS]     # default 20
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
n=${1:-20}
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 2; }
target=${CARGO_TARGET_DIR:-$root/target}
cargo build --release --quiet -p vigil --example snippet_cost
bin="$target/release/examples/snippet_cost"
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \
    "--toggle-collect=*snippet_cost*measure*" "$bin" "$1" "$2" "$n" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
echo "| snippet | scan, instructions | parse only, instructions | scan/parse |"
echo "| --- | ---: | ---: | ---: |"
for s in python javascript c answer; do
  scan=$(count scan "$s")
  parse=$(count parse "$s")
  awk -v s="$s" -v a="$scan" -v b="$parse" -v n="$n" \
    'BEGIN { printf "| %s | %.2f M | %.2f M | %.1f |\n", s, a / n / 1e6, b / n / 1e6, a / b }'
done
