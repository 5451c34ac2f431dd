#!/usr/bin/env bash
# Issue 5's traceability benchmark on a fresh local stack (own free ports, temporary data): wrk on loopback against
# the JSON resolve of a serialized unit at 10,000 and at 1,000,000 issued serials, each time with the service's trivial
# /.well-known/gs1resolver as the baseline of the same run; then EPCIS capture of 1,000-event documents (events/s) against
# a raw JDBC batch insert of the same rows. Prints the figures and ratios; stops everything at the end.
# Options: --workload first|mixed|hot|html (first: every request a unit never scanned before, the real workload;
# the hot set of 2,000 rotated units is also measured for comparison), --serials N (1000000), --seconds N per wrk run
# (15), --connections N (8), --documents N (10),
# --only resolve|capture (both), --profile DIR (a JFR recording of each service JVM, written when the stack stops),
# --heap SIZE or INITIAL:MAX (512m: each service's heap, committed from the start), --nmt (the traceability JVM's committed memory
# by area after the runs), --env NAME=VALUE (a setting of the services, repeatable). Each resolve figure comes with
# the CPU time one request cost the traceability JVM and PostgreSQL (from /proc), which says where a path spends it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
source local-stack/ensure-built.sh
ocop_run_bench ScanAndCapture "$@"
