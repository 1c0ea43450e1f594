#!/usr/bin/env bash
# Stops what infra/swift/start-swift.sh started for a data dir (default: $SWIFT_DATA_DIR or
# <repo>/.data/swift): only the processes named in its pid files whose command line still points at
# that data dir's configs, never anything else.
#
#   infra/swift/stop-swift.sh [--purge] [DATA_DIR]     --purge also deletes the data dir
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

purge=false
data=""
for arg in "$@"; do
  case "$arg" in
    --purge) purge=true ;;
    -*) echo "stop-swift: unknown option $arg" >&2; exit 2 ;;
    *) data="$arg" ;;
  esac
done
data="${data:-${SWIFT_DATA_DIR:-$repo/.data/swift}}"
if [ ! -d "$data" ]; then
  echo "stop-swift: nothing to stop ($data does not exist)" >&2
  exit 0
fi
data="$(cd "$data" && pwd)"
run="$data/run"

pids=()
for pidfile in "$run"/*.pid; do
  [ -s "$pidfile" ] || continue
  name="$(basename "$pidfile" .pid)"
  pid="$(cat "$pidfile")"
  rm -f "$pidfile"
  [ -r "/proc/$pid/cmdline" ] || continue
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline")"
  case "$name" in
    memcached) [[ "$cmdline" == *memcached* ]] || continue ;;
    *) [[ "$cmdline" == *"$data/etc/$name-server.conf"* ]] || continue ;;
  esac
  kill -TERM "$pid" 2>/dev/null && pids+=("$pid")
done

# Give them up to 5 s to exit, then force it.
for _ in $(seq 50); do
  alive=()
  for pid in "${pids[@]}"; do [ -e "/proc/$pid" ] && alive+=("$pid"); done
  [ ${#alive[@]} -eq 0 ] && break
  sleep 0.1
done
for pid in "${pids[@]}"; do [ -e "/proc/$pid" ] && kill -KILL "$pid" 2>/dev/null || true; done

echo "stop-swift: stopped ${#pids[@]} process(es) of $data" >&2
if $purge; then
  rm -rf "$data"
  echo "stop-swift: deleted $data" >&2
fi
