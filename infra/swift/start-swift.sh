#!/usr/bin/env bash
# Starts a single-node OpenStack Swift with the S3 API (s3api + tempauth) on 127.0.0.1, for the
# storage tests that need a signature-checking S3 server. See infra/swift/README.md.
#
#   infra/swift/start-swift.sh [--reset] [DATA_DIR]
#
# DATA_DIR (default: $SWIFT_DATA_DIR or <repo>/.data/swift) holds the rendered configs, rings,
# the object data (a plain directory, nothing is mounted), pid files and logs. Ports: SWIFT_PORT
# (default 18080) for S3/Swift, the next four for the object, container and account servers and
# memcached. Everything runs as root, detached; stop it with infra/swift/stop-swift.sh.
#
# Idempotent: if this data dir's Swift is already running and answers S3, it is reused; otherwise
# leftovers are stopped and it starts again on the existing data. --reset wipes the data first.
# Progress goes to stderr; stdout gets only the three STORAGE_TEST_S3_* assignments, so
#   set -a; eval "$(infra/swift/start-swift.sh)"; set +a
# exports them.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

reset=false
data=""
for arg in "$@"; do
  case "$arg" in
    --reset) reset=true ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "start-swift: unknown option $arg" >&2; exit 2 ;;
    *) data="$arg" ;;
  esac
done
data="${data:-${SWIFT_DATA_DIR:-$repo/.data/swift}}"
mkdir -p "$data"
data="$(cd "$data" && pwd)"

port="${SWIFT_PORT:-18080}"
object_port=$((port + 1))
container_port=$((port + 2))
account_port=$((port + 3))
memcached_port=$((port + 4))
access_key="test:tester"
secret_key="testing"
endpoint="http://127.0.0.1:$port"

log() { echo "start-swift: $*" >&2; }
started_at=$(date +%s%N)

missing=()
for cmd in swift-proxy-server swift-account-server swift-container-server swift-object-server memcached; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "missing ${missing[*]}; install with:"
  log "  apt-get install -y --no-install-recommends swift swift-proxy swift-account swift-container swift-object memcached"
  exit 1
fi
# Swift always reads the hash prefix/suffix and storage policies from /etc/swift/swift.conf (not
# from swift_dir). Debian's package ships one; only write it if it is gone.
if ! grep -qs '^swift_hash_path_suffix' /etc/swift/swift.conf; then
  log "writing /etc/swift/swift.conf (missing)"
  mkdir -p /etc/swift
  cp "$here/swift.conf" /etc/swift/swift.conf
fi

print_credentials() {
  echo "STORAGE_TEST_S3_ENDPOINT=$endpoint"
  echo "STORAGE_TEST_S3_ACCESS_KEY=$access_key"
  echo "STORAGE_TEST_S3_SECRET_KEY=$secret_key"
}

etc="$data/etc"
run="$data/run"
logs="$data/log"
devices="$data/devices"
services=(object container account proxy)

# pid of a service of this data dir if it is running (its command line names our config).
running_pid() {
  local name="$1" pidfile="$run/$1.pid" pid
  [ -s "$pidfile" ] || return 1
  pid="$(cat "$pidfile")"
  [ -r "/proc/$pid/cmdline" ] || return 1
  if [ "$name" = memcached ]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "memcached.* -p $memcached_port " || return 1
  else
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$etc/$name-server.conf" || return 1
  fi
  echo "$pid"
}

all_running() {
  local name
  for name in memcached "${services[@]}"; do running_pid "$name" >/dev/null || return 1; done
}

if ! $reset && all_running && "$here/s3-ping.py" "$endpoint" "$access_key" "$secret_key" >/dev/null 2>&1; then
  log "already running at $endpoint (data in $data)"
  print_credentials
  exit 0
fi

# Whatever is left of an earlier start (crashed or half-started) goes first.
"$here/stop-swift.sh" "$data" >/dev/null 2>&1 || true
if $reset; then
  log "resetting $data"
  rm -rf "$etc" "$run" "$logs" "$devices"
fi

for p in "$port" "$object_port" "$container_port" "$account_port" "$memcached_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    log "port $p on 127.0.0.1 is taken by another process; choose other ports with SWIFT_PORT"
    exit 1
  fi
done

mkdir -p "$etc" "$run" "$logs" "$devices/d1"

render() {
  sed -e "s|@PROXY_PORT@|$port|g" \
    -e "s|@OBJECT_PORT@|$object_port|g" \
    -e "s|@CONTAINER_PORT@|$container_port|g" \
    -e "s|@ACCOUNT_PORT@|$account_port|g" \
    -e "s|@MEMCACHED_PORT@|$memcached_port|g" \
    -e "s|@SECRET@|$secret_key|g" \
    -e "s|@ETC@|$etc|g" \
    -e "s|@DEVICES@|$devices|g" \
    "$here/$1.conf.in" >"$etc/$1.conf"
}
for name in "${services[@]}"; do render "$name-server"; done

# Rings: one device (the directory $devices/d1), one replica. They depend only on the ports, so
# they are rebuilt only when those change; all three in one Python process (the CLI would take
# nine).
ring_stamp="$object_port $container_port $account_port"
if [ "$(cat "$etc/rings.stamp" 2>/dev/null)" != "$ring_stamp" ] ||
  [ ! -s "$etc/object.ring.gz" ] || [ ! -s "$etc/container.ring.gz" ] || [ ! -s "$etc/account.ring.gz" ]; then
  /usr/bin/python3 - "$etc" "$object_port" "$container_port" "$account_port" <<'PY'
import os, sys
from swift.common.ring import RingBuilder

etc = sys.argv[1]
for name, port in zip(("object", "container", "account"), sys.argv[2:5]):
    # 2^8 partitions, 1 replica, min_part_hours 1.
    builder = RingBuilder(8, 1, 1)
    builder.add_dev({"id": 0, "region": 1, "zone": 1, "ip": "127.0.0.1", "port": int(port),
                     "device": "d1", "weight": 100, "meta": ""})
    builder.rebalance()
    builder.save(os.path.join(etc, name + ".builder"))
    builder.get_ring().save(os.path.join(etc, name + ".ring.gz"))
PY
  echo "$ring_stamp" >"$etc/rings.stamp"
  log "rings built"
fi

memcached -d -u root -l 127.0.0.1 -p "$memcached_port" -U 0 -m 64 -P "$run/memcached.pid"

# workers = 0 in the configs: each server is one process, started detached (own session) so it
# outlives this script and the shell that ran it.
for name in "${services[@]}"; do
  setsid "/usr/bin/swift-$name-server" "$etc/$name-server.conf" --verbose \
    </dev/null >>"$logs/$name-server.log" 2>&1 &
  echo $! >"$run/$name.pid"
done

deadline=$((SECONDS + ${SWIFT_START_TIMEOUT:-60}))
until "$here/s3-ping.py" "$endpoint" "$access_key" "$secret_key" >/dev/null 2>&1; do
  for name in memcached "${services[@]}"; do
    if ! running_pid "$name" >/dev/null; then
      log "$name exited during start; last lines of its log:"
      tail -n 20 "$logs/$name-server.log" >&2 2>/dev/null || true
      "$here/stop-swift.sh" "$data" >/dev/null 2>&1 || true
      exit 1
    fi
  done
  if [ $SECONDS -ge $deadline ]; then
    log "S3 did not answer within ${SWIFT_START_TIMEOUT:-60} s; logs in $logs"
    "$here/stop-swift.sh" "$data" >/dev/null 2>&1 || true
    exit 1
  fi
  sleep 0.2
done

log "S3 answering at $endpoint after $(( ($(date +%s%N) - started_at) / 1000000 )) ms (data in $data)"
print_credentials
