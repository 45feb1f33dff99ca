#!/usr/bin/env bash
# The cluster table of docs/performance.md: one command.
#
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/kkb_bench_cluster DB_USER=… DB_PASSWORD=… benchmarks/cluster-benchmark.sh
#
# Starts two Payara Micro instances behind HAProxy (./cluster.sh start micro) on that database with the
# demo data, then, through the balancer:
#   1. the paged registry list with both instances up (throughput, p99);
#   2. a failover: the list and person registrations (POST) run while m2 is killed with SIGKILL
#      (errors, seconds from the kill to the last failed request, writes acknowledged but missing);
#   3. the same list load with m2 still down: one instance.
# Stops the cluster at the end (also on an error or Ctrl-C). The table is printed and saved to
# benchmarks/target/cluster-benchmark.txt, the raw LoadTest lines to cluster-benchmark.raw.txt.
# Settings: CONNECTIONS (32), WARM_BOTH (30), WARMUP (5), DURATION (20) seconds, FAILOVER_DURATION (40), KILL_AFTER (10),
# and those of cluster.sh (ports). Lost writes are counted in the database with psql when it is installed.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/benchmarks/target"
mkdir -p "$OUT"
CONNECTIONS="${CONNECTIONS:-32}"
WARMUP="${WARMUP:-5}"
DURATION="${DURATION:-20}"
FAILOVER_DURATION="${FAILOVER_DURATION:-40}"
# Freshly started JVMs compile for a while: both instances get this much load before anything is measured.
WARM_BOTH="${WARM_BOTH:-30}"
KILL_AFTER="${KILL_AFTER:-10}"
BALANCER_PORT="${BALANCER_PORT:-18000}"
BASE="http://127.0.0.1:$BALANCER_PORT"
RAW="$OUT/cluster-benchmark.raw.txt"
TABLE="$OUT/cluster-benchmark.txt"

BENCH_TAG=cluster-benchmark
. "$ROOT/benchmarks/lib.sh"

case "${DB_URL:-}" in
  jdbc:postgresql:*) ;;
  *) die "set DB_URL (jdbc:postgresql://…), DB_USER and DB_PASSWORD: an EMPTY database of its own, or the one of an earlier run" ;;
esac

export KKB_CLUSTER_DIR="$OUT/cluster" KKB_DATA_DIR="$OUT/cluster-data" KKB_SECRETS_DIR="$OUT/cluster-secrets"
export KKB_DEMO_DATA=true BALANCER_PORT
mkdir -p "$KKB_DATA_DIR"
# The first administrator's passwords stay beside the data (owner-only), so a second run reuses them.
if [ ! -s "$KKB_DATA_DIR/initial-password" ]; then
  (umask 077 && echo "Bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')" > "$KKB_DATA_DIR/initial-password")
  (umask 077 && echo "Bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')-2" > "$KKB_DATA_DIR/password")
fi
export KKB_ADMIN_PASSWORD="$(cat "$KKB_DATA_DIR/initial-password")"
PASSWORD="$(cat "$KKB_DATA_DIR/password")"

cleanup() { ./cluster.sh stop > /dev/null 2>&1 || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM

./cluster.sh stop > /dev/null 2>&1 || true
started=$SECONDS
./cluster.sh start micro >&2
START_SECONDS=$((SECONDS - started))

status_of() { curl -s -o /dev/null -w '%{http_code}' -u "admin:$1" "$BASE/api/me"; }
if [ "$(status_of "$PASSWORD")" != 200 ]; then
  code="$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$KKB_ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"currentPassword\":\"$KKB_ADMIN_PASSWORD\",\"newPassword\":\"$PASSWORD\"}" "$BASE/api/me/password")"
  [ "$code" = 204 ] || die "changing the first password answered $code: the database was not empty (use an empty one)"
fi
# The load runs as a regency operator of Lampung Timur (administrators register no persons).
OPERATOR_PASSWORD="$PASSWORD-op"
operator_status() { curl -s -o /dev/null -w '%{http_code}' -u "bench-operator:$OPERATOR_PASSWORD" "$BASE/api/me"; }
if [ "$(operator_status)" != 200 ]; then
  curl -s -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' "$BASE/api/accounts" \
    -d '{"username":"bench-operator","fullName":"Benchmark Operator","role":"REGENCY_OPERATOR","scope":"18.07","temporaryPassword":"Temporary-Pw-1"}'
  curl -s -o /dev/null -u "bench-operator:Temporary-Pw-1" -H 'Content-Type: application/json' "$BASE/api/me/password" \
    -d "{\"currentPassword\":\"Temporary-Pw-1\",\"newPassword\":\"$OPERATOR_PASSWORD\"}"
  [ "$(operator_status)" = 200 ] || die "could not create the account bench-operator"
fi
export LOADTEST_USER=bench-operator LOADTEST_PASSWORD="$OPERATOR_PASSWORD"

: > "$OUT/cluster-paths-list.txt"
for district in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15; do
  for page in 0 1 2; do echo "/api/kampung-kb?region=18.07.$district&page=$page&size=20" >> "$OUT/cluster-paths-list.txt"; done
done
RUN="bench-$(date +%s)"
BODY="{\"villageCode\":\"18.07.04.2003\",\"fullName\":\"Uji Klaster $RUN\",\"sex\":\"FEMALE\"}"
: > "$RAW"

load() { # load NAME CONNECTIONS WARMUP DURATION [extra LoadTest options]
  local name="$1" conns="$2" warmup="$3" duration="$4"; shift 4
  java benchmarks/LoadTest.java load "$BASE" --connections "$conns" --warmup "$warmup" --duration "$duration" \
    --timeout 30 "$@" | sed "s/^load name=[^ ]*/load name=$name/" | tee -a "$RAW"
}
list_load() { load "$1" "$CONNECTIONS" "$WARMUP" "$DURATION" --target list "@$OUT/cluster-paths-list.txt"; }

log "0. warming both instances up (${WARM_BOTH}s, not measured)"
load warm-both "$CONNECTIONS" "$WARM_BOTH" 1 --target list "@$OUT/cluster-paths-list.txt" > /dev/null
log "1. two instances: the paged list, $CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s"
TWO="$(list_load two)"

log "2. failover: list and registrations for ${FAILOVER_DURATION}s, m2 killed after ${KILL_AFTER}s"
load failover-list $((CONNECTIONS / 2)) 0 "$FAILOVER_DURATION" --target list "@$OUT/cluster-paths-list.txt" \
  > "$OUT/failover-list.txt" &
list_pid=$!
load failover-write 4 0 "$FAILOVER_DURATION" --method POST --content-type application/json --data "$BODY" \
  --target write /api/persons > "$OUT/failover-write.txt" &
write_pid=$!
sleep "$KILL_AFTER"
KILLED_MS="$(date +%s%3N)"
./cluster.sh kill m2 >&2
wait "$list_pid" || true
wait "$write_pid" || true
FLIST="$(cat "$OUT/failover-list.txt")"
FWRITE="$(cat "$OUT/failover-write.txt")"
ERRORS=$(($(kv "$FLIST" errors) + $(kv "$FWRITE" errors)))
REQUESTS=$(($(kv "$FLIST" requests) + $(kv "$FWRITE" requests)))
LAST_ERROR_MS="$(printf '%s\n%s\n' "$(kv "$FLIST" last_error_ms)" "$(kv "$FWRITE" last_error_ms)" | sort -n | tail -n 1)"
if [ "$LAST_ERROR_MS" -gt "$KILLED_MS" ]; then
  RECOVERY="$(awk -v a="$LAST_ERROR_MS" -v b="$KILLED_MS" 'BEGIN {printf "%.1f", (a - b) / 1000}')"
else
  RECOVERY="0.0"
fi
ACKED="$(kv "$FWRITE" statuses | tr ',' '\n' | sed -n 's/^201://p')"
ACKED="${ACKED:-0}"
LOST="n/a"
if command -v psql > /dev/null; then
  hostport_db="${DB_URL#jdbc:postgresql://}"
  hostport_db="${hostport_db%%\?*}"
  host="${hostport_db%%/*}"
  stored="$(PGPASSWORD="${DB_PASSWORD:-}" psql -tA -h "${host%%:*}" -p "$([[ "$host" == *:* ]] && echo "${host##*:}" || echo 5432)" \
    -U "$DB_USER" -d "${hostport_db#*/}" -c "SELECT count(*) FROM person WHERE full_name = 'Uji Klaster $RUN'" 2>/dev/null || true)"
  # More stored than acknowledged: writes committed whose answer was lost with the instance.
  [ -n "$stored" ] && LOST=$((ACKED > stored ? ACKED - stored : 0))
fi

log "3. one instance (m2 still down): the same list load"
ONE="$(list_load one)"

CORES="$(nproc)"
MEM="$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
JAVA_VERSION="$(java -version 2>&1 | head -n 1)"
row() { printf '%-58s %12s %12s\n' "$@"; }
{
  echo "Kampung KB cluster benchmark: 2 Payara Micro instances behind HAProxy, $(date '+%Y-%m-%d %H:%M:%S')"
  echo "machine: $CORES cores (shared by both instances, the balancer and the load), $MEM memory; $JAVA_VERSION"
  echo "database: PostgreSQL ${DB_URL%%\?*}; demo data; both instances up after ${START_SECONDS}s"
  echo "load: GET /api/kampung-kb?region=18.07.…&page=0..2&size=20 (a regency operator), $CONNECTIONS connections,"
  echo "      ${WARM_BOTH}s warm-up of both, then per column ${WARMUP}s warm-up + ${DURATION}s"
  echo
  row "measure" "1 instance" "2 instances"
  row "throughput (2xx), req/s" "$(kv "$ONE" ok_rps)" "$(kv "$TWO" ok_rps)"
  row "p50 latency, ms" "$(kv "$ONE" p50_ms)" "$(kv "$TWO" p50_ms)"
  row "p99 latency, ms" "$(kv "$ONE" p99_ms)" "$(kv "$TWO" p99_ms)"
  row "errors" "$(kv "$ONE" errors)" "$(kv "$TWO" errors)"
  echo
  echo "failover: m2 killed (SIGKILL) ${KILL_AFTER}s into ${FAILOVER_DURATION}s of list reads ($((CONNECTIONS / 2)) connections) and registrations (4)"
  row "requests during the run" "" "$REQUESTS"
  row "errors (failed exchanges, non-2xx)" "" "$ERRORS"
  row "  list: statuses" "" "$(kv "$FLIST" statuses)"
  row "  registrations: statuses" "" "$(kv "$FWRITE" statuses)"
  row "seconds from the kill to the last failed request" "" "$RECOVERY"
  row "registrations acknowledged (201)" "" "$ACKED"
  row "acknowledged but not in the database (lost writes)" "" "$LOST"
} | tee "$TABLE"
