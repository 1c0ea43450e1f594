#!/usr/bin/env bash
# Runs a command with STORAGE_TEST_S3_ENDPOINT / _ACCESS_KEY / _SECRET_KEY pointing at the local
# Swift + s3api of infra/swift, e.g. (what `pnpm test:storage-strict` does):
#
#   infra/swift/run-with-swift.sh pnpm --filter @loket/storage test
#
# If that Swift already answers S3 (someone ran start-swift.sh), it is used and left running;
# otherwise it is started for the command and stopped afterwards, whatever the command's outcome.
# Same environment as start-swift.sh (SWIFT_DATA_DIR, SWIFT_PORT).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

endpoint="http://127.0.0.1:${SWIFT_PORT:-18080}"
if "$here/s3-ping.py" "$endpoint" test:tester testing >/dev/null 2>&1; then
  echo "run-with-swift: using the Swift already running at $endpoint" >&2
  env_lines="STORAGE_TEST_S3_ENDPOINT=$endpoint
STORAGE_TEST_S3_ACCESS_KEY=test:tester
STORAGE_TEST_S3_SECRET_KEY=testing"
else
  trap '"$here/stop-swift.sh"' EXIT
  env_lines="$("$here/start-swift.sh")"
fi
while IFS= read -r line; do export "${line?}"; done <<<"$env_lines"

status=0
"$@" || status=$?
exit $status
