#!/usr/bin/env bash
# Certifies 1,000 products on a fresh local stack (own free ports, temporary data) and prints the p50/p95/p99/max
# time from the certificate POST's response until the traceability service shows the stars, then stops everything.
# Options: --products N (1000), --concurrency C (4); --registry URL --traceability URL --keys DIR to use a running stack.
set -euo pipefail
cd "$(dirname "$0")/.."
source local-stack/ensure-built.sh
ocop_run_bench CertifyToScannable "$@"
