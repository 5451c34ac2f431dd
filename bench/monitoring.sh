#!/usr/bin/env bash
# Seeds national scale (10,000 producers over the 3,321 communes, 17,000 certified products with revenue reports,
# linkage contracts and sales points) into a fresh local stack (own free ports, temporary data), then prints the
# response time of the national and one provincial indicator query and of the national commune table, and the
# throughput (rows/s) of a 20,000-row register import after warm-up imports (printed too: the first runs on fresh
# JVMs, whose JIT compilers then take about three quarters of the machine); stops everything at the end.
# Options: --producers N (10000), --products N (17000), --import-rows N (20000), --warmup-imports N (10),
# --warmup-rows N (5000), --runs N (10), --province CODE (19),
# --profile DIR (a flight recording of each service), --hold SECONDS (keep the stack up afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
source local-stack/ensure-built.sh
ocop_run_bench Monitoring "$@"
