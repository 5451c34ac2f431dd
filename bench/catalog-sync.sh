#!/usr/bin/env bash
# Seeds 20,000 certified products (national scale) into a fresh local stack (own free ports, temporary data), then
# prints the wall time of a full partner sync through the cursor API and the p50 of an unchanged-page poll (304),
# with a full-page fetch and GET /provinces as baselines in the same run; stops everything at the end.
# Options: --products N (20000), --polls N (200), --warmup N (20 full syncs before the 5 timed ones), --profile DIR (a flight recording of each service), --hold SECONDS (keep the stack up afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
source local-stack/ensure-built.sh
ocop_run_bench CatalogSync "$@"
