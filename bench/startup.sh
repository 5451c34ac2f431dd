#!/usr/bin/env bash
# Times each service's start (JVM launch to the first 200 on /q/health/ready) on a fresh local stack (own free ports,
# temporary data, databases migrated): the stack's JVM options as the baseline, alternating with the same options plus
# a dynamic AppCDS archive written by one training run per service; prints median/min/max of each, the ratio and the
# 2 s target; stops everything at the end.
# Options: --runs N (5: starts of each variant per service).
set -euo pipefail
cd "$(dirname "$0")/.."
source local-stack/ensure-built.sh
ocop_run_bench Startup "$@"
