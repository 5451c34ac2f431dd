#!/usr/bin/env bash
# Times consumer recovery on a fresh local stack with two instances of each service (own free ports, temporary data):
# while a client certifies products without pause, each round kills traceability instance 2 with SIGKILL and starts
# its replacement at once, then measures until an event on the killed member's partitions is applied again; prints
# every round, the median/best/worst and the 10 s target; stops everything at the end.
# Options: --rounds N (3).
set -euo pipefail
cd "$(dirname "$0")/.."
source local-stack/ensure-built.sh
ocop_run_bench ConsumerRecovery "$@"
