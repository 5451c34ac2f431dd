#!/usr/bin/env bash
# Product images on a fresh local stack (own free ports, temporary data): the time from uploading a 1600x1200 PNG to
# its three stored JPEG variants (p50, p99), and the throughput of serving the 480 px variant compared with the
# registry's trivial GET /provinces in the same run (target >= 0.7x); stops everything at the end.
# Options: --uploads N (40), --seconds N (10), --clients N (4).
set -euo pipefail
cd "$(dirname "$0")/.."
source local-stack/ensure-built.sh
ocop_run_bench MediaBench "$@"
