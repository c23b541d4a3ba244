#!/usr/bin/env bash
# Load benchmark of the guard proxy (loopback only, bounded in count and time):
# latency added over a direct call (p50/p99) and requests per second, per policy;
# exits non-zero on any failed request or lost record.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release -p vigil-guard --example load -- --requests "${REQUESTS:-2000}" --concurrency "${CONCURRENCY:-16}" "$@"
