#!/usr/bin/env bash
# Builds what is stale, starts PostgreSQL, Kafka and both services (data kept in .local-stack/), loads the Phú Bình
# demo data once and prints URLs and demo tokens. Ctrl-C stops everything. Options: --fresh, --no-demo, --help.
set -euo pipefail
cd "$(dirname "$0")"
source local-stack/ensure-built.sh
ocop_ensure_built
exec java -Dfile.encoding=UTF-8 -cp "$(ocop_launcher_classpath)" vn.ocop.localstack.Main "$@"
