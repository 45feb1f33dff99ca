#!/usr/bin/env bash
# The benchmark: starts the application on a data set of its own, loads a size, measures and prints one
# table with the targets (docs/performance.md says how to read it).
#
#   benchmarks/benchmark.sh [lampung|national] [runs]          embedded H2 (default: lampung, 5 runs)
#   DB_URL=jdbc:postgresql://localhost:5432/kkb_bench DB_USER=kkb DB_PASSWORD=… benchmarks/benchmark.sh national
#
# With DB_URL the database must be empty on the first run of a size: the application creates its schema,
# the first account and the data there. A second run on the same data (benchmarks/target/data-<size>-<db>)
# skips the loading. Delete that folder (and empty the PostgreSQL database) to start over.
#
# Env: HTTP_PORT (8080), ADMIN_PORT (4848), KKB_HEAP (1g), CONNECTIONS (32), WARMUP (5) and DURATION (20)
# seconds per load run, READY_RUNS (3) timed restarts, RECAP_WARMUP (30) unmeasured recap runs of each path, READY_TIMEOUT_MINUTES (60) for the first start
# that loads the data, YEAR (this year). The server runs from ./runtime, as ./run.sh does: stop any
# server started with ./run.sh first. It deploys the load-test EAR (loadtest/target/kampung-kb-loadtest.ear:
# the production EAR plus the synthetic data and the recap benchmark endpoint), built by ./run.sh if needed.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

SIZE="${1:-lampung}"
RUNS="${2:-5}"
case "$SIZE" in lampung | national) ;; *) echo "usage: $0 [lampung|national] [runs]" >&2; exit 64 ;; esac
case "$RUNS" in '' | *[!0-9]* | 0) echo "runs must be a positive number" >&2; exit 64 ;; esac

HTTP_PORT="${HTTP_PORT:-8080}"
export ADMIN_PORT="${ADMIN_PORT:-4848}"
KKB_HEAP="${KKB_HEAP:-1g}"
CONNECTIONS="${CONNECTIONS:-32}"
WARMUP="${WARMUP:-5}"
DURATION="${DURATION:-20}"
READY_RUNS="${READY_RUNS:-3}"
RECAP_WARMUP="${RECAP_WARMUP:-30}"
case "$RECAP_WARMUP" in '' | *[!0-9]* | 0) echo "RECAP_WARMUP must be 1 to 50" >&2; exit 64 ;; esac
[ "$RECAP_WARMUP" -le 50 ] || { echo "RECAP_WARMUP must be 1 to 50" >&2; exit 64; }
READY_TIMEOUT=$((${READY_TIMEOUT_MINUTES:-60} * 60))
YEAR="${YEAR:-$(date +%Y)}"

if [ -n "${DB_URL:-}" ]; then
  DB=postgresql
  # The URL may carry user or password parameters; they stay out of the table.
  DB_SHOWN="PostgreSQL $(printf '%s' "${DB_URL%%\?*}" | sed -E 's#//[^/@]*@#//#')"
else
  DB=h2
  DB_SHOWN="H2 (embedded)"
fi
OUT="$ROOT/benchmarks/target"
DATA="${KKB_BENCH_DATA_DIR:-$OUT/data-$SIZE-$DB}"
LOG="$OUT/server-$SIZE-$DB.log"
RAW="$OUT/benchmark-$SIZE-$DB.raw.txt"
TABLE="$OUT/benchmark-$SIZE-$DB.txt"
BASE="http://127.0.0.1:$HTTP_PORT"
PID_FILE="$ROOT/runtime/payara6/glassfish/domains/domain1/config/pid"
NETRC="$DATA/benchmark.netrc"

BENCH_TAG=bench
. "$ROOT/benchmarks/lib.sh"
is_number() { [[ "${1:-}" =~ ^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$ ]]; }

mkdir -p "$OUT"

# ------------------------------------------------------------------ the load tool, compiled once

LT_CLASSES="$OUT/loadtest"
if [ ! -f "$LT_CLASSES/LoadTest.class" ] || [ benchmarks/LoadTest.java -nt "$LT_CLASSES/LoadTest.class" ]; then
  mkdir -p "$LT_CLASSES"
  javac -d "$LT_CLASSES" benchmarks/LoadTest.java
fi
LT() { java -cp "$LT_CLASSES" LoadTest "$@"; }
jget() { local doc="$1"; shift; LT json "$@" <<<"$doc"; } # jget JSON EXPR...: one line per EXPR

# ------------------------------------------------------------------ the server

RUN_PID=""
PAYARA_PID=""
STARTED=0

payara_pid() { # the JVM of ./runtime's domain, when it runs
  local p
  p="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$p" =~ ^[0-9]+$ ]] && kill -0 "$p" 2>/dev/null && tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -q glassfish &&
    echo "$p"
}

start_server() {
  {
    echo
    echo "=== $(date '+%F %T') benchmark: starting ./run.sh (size $SIZE, $DB_SHOWN)"
  } >>"$LOG"
  local provinces=""
  [ "$SIZE" = national ] && provinces=ALL
  (
    export KKB_DATA_DIR="$DATA" HTTP_PORT KKB_HEAP KKB_SYNTHETIC_DATA="$SIZE" KKB_DEMO_DATA=false
    export KKB_REGIONS_PROVINCES="$provinces" KKB_START_TIMEOUT="$READY_TIMEOUT"
    # The load comes from one address: the public budget per address must not be what is measured.
    export KKB_PUBLIC_PER_MINUTE="${KKB_PUBLIC_PER_MINUTE:-1000000000}"
    export KKB_ADMIN_PASSWORD="$INITIAL_PASSWORD" KKB_EAR="$ROOT/loadtest/target/kampung-kb-loadtest.ear"
    exec ./run.sh
  ) >>"$LOG" 2>&1 &
  RUN_PID=$!
  STARTED=1
}

stop_server() {
  [ -n "$RUN_PID" ] || return 0
  local payara="${PAYARA_PID:-$(payara_pid || true)}"
  log "stopping the server"
  if kill -0 "$RUN_PID" 2>/dev/null; then
    kill -TERM "$RUN_PID" 2>/dev/null || true # run.sh stops the domain with asadmin
    for _ in $(seq 240); do kill -0 "$RUN_PID" 2>/dev/null || break; sleep 0.5; done
  fi
  # Only the JVM this run started, and only when asadmin could not stop it.
  if [ -n "$payara" ] && kill -0 "$payara" 2>/dev/null; then
    for _ in $(seq 60); do kill -0 "$payara" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$payara" 2>/dev/null; then
      log "the server (pid $payara) is still running: TERM"
      kill -TERM "$payara" 2>/dev/null || true
      for _ in $(seq 60); do kill -0 "$payara" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$payara" 2>/dev/null && kill -KILL "$payara" 2>/dev/null
    fi
  fi
  wait "$RUN_PID" 2>/dev/null || true
  RUN_PID=""
  PAYARA_PID=""
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_server
  [ "$rc" = 0 ] || [ "$STARTED" = 0 ] || log "stopped early (exit $rc); server output: $LOG"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Ready means the application's own readiness check answers UP: before the EAR is loaded Payara's
# health endpoint answers UP with no checks at all.
ready_now() { curl -fsS --max-time 5 "$BASE/health/ready" 2>/dev/null | grep -q '"database"'; }

wait_ready() { # wait_ready SECONDS: polls every 0.25 s, a dot every 10 s
  local until=$((SECONDS + $1)) next_dot=$((SECONDS + 10)) dots=0
  until ready_now; do
    kill -0 "$RUN_PID" 2>/dev/null || { [ "$dots" = 0 ] || echo >&2; die "./run.sh ended before the application was ready; see $LOG"; }
    [ "$SECONDS" -lt "$until" ] || { echo >&2; die "not ready after $1 s; see $LOG"; }
    if [ "$SECONDS" -ge "$next_dot" ]; then
      printf '.' >&2
      dots=$((dots + 1))
      next_dot=$((SECONDS + 10))
    fi
    sleep 0.25
  done
  [ "$dots" = 0 ] || echo >&2
  PAYARA_PID="$(payara_pid || true)"
}

# ./run.sh answers ready from the EAR deployed before, then redeploys a newer one: measurements must
# wait for its own verdict line, which comes after any redeployment (not counted in the start time).
verdicts() { grep -cE '^\[run\] (ready|not ready)' "$LOG" 2>/dev/null || true; }
wait_run_sh() { # wait_run_sh N: until ./run.sh has said "ready" (or "not ready") N times in the log
  until [ "$(verdicts)" -ge "$1" ]; do
    kill -0 "$RUN_PID" 2>/dev/null || die "./run.sh ended before the application was ready; see $LOG"
    sleep 0.5
  done
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# ------------------------------------------------------------------ the API

write_netrc() { (umask 077 && printf 'machine 127.0.0.1\nlogin admin\npassword %s\n' "$1" >"$NETRC"); }
api() { curl -fsS --netrc-file "$NETRC" --max-time 3600 "$BASE$1"; }
api_status() { # api_status PATH FILE: the body into FILE, the status on stdout (000: no answer)
  local s
  s="$(curl -sS --netrc-file "$NETRC" --max-time 3600 -o "$2" -w '%{http_code}' "$BASE$1")" || true
  echo "${s:-000}"
}
change_password() { # change_password CURRENT NEW [NETRC]: the status on stdout
  local s
  s="$(curl -sS --netrc-file "${3:-$NETRC}" -o /dev/null -w '%{http_code}' -X POST \
    -H 'Content-Type: application/json' --data "{\"currentPassword\":\"$1\",\"newPassword\":\"$2\"}" \
    "$BASE/api/me/password")" || true
  echo "${s:-000}"
}

new_password() {
  local p=""
  while [ -z "$p" ] || [[ "${p,,}" == *admin* ]]; do
    p="Bench-$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c1-20)"
  done
  echo "$p"
}

# ------------------------------------------------------------------ 1. the data, loaded once

[ -z "$(payara_pid || true)" ] ||
  die "a Payara Server of this checkout is running (pid $(payara_pid)); stop it first: the benchmark starts its own"
if curl -s -o /dev/null --max-time 3 "$BASE/"; then
  die "something already answers on port $HTTP_PORT; stop it or set HTTP_PORT"
fi

INITIAL_PASSWORD=""
[ -s "$DATA/benchmark-initial-password" ] && INITIAL_PASSWORD="$(cat "$DATA/benchmark-initial-password")"
LOAD_SECONDS=""
if [ -s "$DATA/benchmark-password" ]; then
  PASSWORD="$(cat "$DATA/benchmark-password")"
  log "reusing the loaded data in $DATA"
else
  if [ -d "$DATA" ] && [ -z "$INITIAL_PASSWORD" ] && [ -n "$(ls -A "$DATA")" ]; then
    die "$DATA holds data this benchmark did not set up; remove it"
  fi
  mkdir -p "$DATA"
  if [ -z "$INITIAL_PASSWORD" ]; then
    INITIAL_PASSWORD="$(new_password)"
    (umask 077 && echo "$INITIAL_PASSWORD" >"$DATA/benchmark-initial-password")
  fi
  if [ "$DB" = postgresql ]; then
    log "PostgreSQL: ${DB_SHOWN#PostgreSQL } must be an EMPTY database; the application creates the schema,"
    log "the account 'admin' and the '$SIZE' data in it"
  fi
  log "first start: loading the '$SIZE' data (up to $((READY_TIMEOUT / 60)) minutes; server output in $LOG)"
  t0="$(now_ms)"
  start_server
  wait_ready "$READY_TIMEOUT"
  LOAD_SECONDS="$(awk -v ms=$(($(now_ms) - t0)) 'BEGIN {printf "%.1f", ms / 1000}')"
  log "ready after $LOAD_SECONDS s"
  # The API refuses everything but /api/me and the password change until the first password is changed.
  write_netrc "$INITIAL_PASSWORD"
  status="$(api_status /api/me /dev/null)"
  PENDING="$DATA/benchmark-password.pending"
  if [ "$status" = 401 ] && [ -s "$PENDING" ]; then
    # An earlier run was stopped between the change and writing it down.
    write_netrc "$(cat "$PENDING")"
    [ "$(api_status /api/me /dev/null)" = 200 ] && mv "$PENDING" "$DATA/benchmark-password"
  fi
  if [ -s "$DATA/benchmark-password" ]; then
    PASSWORD="$(cat "$DATA/benchmark-password")"
  else
    if [ "$status" = 401 ]; then
      rm -f "$NETRC"
      die "the account 'admin' does not take the password set for this data: the database was not empty" \
        "when it was first used (use an empty database, or remove $DATA)"
    fi
    [ "$status" = 200 ] || die "GET /api/me answered $status"
    PASSWORD="$(new_password)"
    (umask 077 && echo "$PASSWORD" >"$PENDING")
    status="$(change_password "$INITIAL_PASSWORD" "$PASSWORD")"
    [ "$status" = 204 ] || die "changing the temporary password answered $status"
    mv "$PENDING" "$DATA/benchmark-password"
  fi
  stop_server
fi
write_netrc "$PASSWORD"

# ------------------------------------------------------------------ 2. time to ready on loaded data

ready_s=()
for i in $(seq "$READY_RUNS"); do
  [ "$i" = 1 ] || stop_server
  log "start $i of $READY_RUNS, timed until /health/ready"
  verdicts="$(verdicts)"
  t0="$(now_ms)"
  start_server
  wait_ready "$READY_TIMEOUT"
  ready_s+=("$(awk -v ms=$(($(now_ms) - t0)) 'BEGIN {printf "%.2f", ms / 1000}')")
  wait_run_sh "$((verdicts + 1))"
done
READY_S="$(printf '%s\n' "${ready_s[@]}" | median)"
[ -n "$PAYARA_PID" ] || log "the server's pid is not in $PID_FILE: no resident memory figure"

export LOADTEST_USER=admin LOADTEST_PASSWORD="$PASSWORD"
: >"$RAW"
tmp="$OUT/.benchmark-answer"

# ------------------------------------------------------------------ the national account

# The national recap over HTTP is read as a real account of the national scope: a VIEWER scoped to ID,
# which 'admin' makes through the API on the first run of a size (and again on a later run when its
# password file is missing), its password kept beside the admin's (benchmark-national-password,
# benchmark-national.netrc). Like 'admin', a new account changes its temporary password first.
NATIONAL_USER=benchmark-nasional
NATIONAL_NETRC="$DATA/benchmark-national.netrc"
NATIONAL_PASSWORD=""
write_national_netrc() {
  (umask 077 && printf 'machine 127.0.0.1\nlogin %s\npassword %s\n' "$NATIONAL_USER" "$1" >"$NATIONAL_NETRC")
}
national_status() {
  local s
  s="$(curl -sS --netrc-file "$NATIONAL_NETRC" --max-time 60 -o /dev/null -w '%{http_code}' "$BASE/api/me")" || true
  echo "${s:-000}"
}
admin_post() { # admin_post PATH JSON: the body into $tmp, the status on stdout
  local s
  s="$(curl -sS --netrc-file "$NETRC" --max-time 60 -o "$tmp" -w '%{http_code}' -X POST \
    -H 'Content-Type: application/json' --data "$2" "$BASE$1")" || true
  echo "${s:-000}"
}
national_account() { # sets NATIONAL_PASSWORD; fails when the server makes no national account
  local kept="$DATA/benchmark-national-password" pending="$DATA/benchmark-national-password.pending"
  local temporary password status id
  for f in "$kept" "$pending"; do
    if [ -s "$f" ]; then
      write_national_netrc "$(cat "$f")"
      if [ "$(national_status)" = 200 ]; then
        # A pending password was set by an earlier run stopped before writing it down.
        [ "$f" = "$kept" ] || mv "$pending" "$kept"
        NATIONAL_PASSWORD="$(cat "$kept")"
        return 0
      fi
    fi
  done
  log "the account '$NATIONAL_USER' (VIEWER, scope ID): creating it, or resetting its password"
  temporary="$(new_password)"
  status="$(admin_post /api/accounts "{\"username\":\"$NATIONAL_USER\",\"fullName\":\"Benchmark Nasional\",\"role\":\"VIEWER\",\"scope\":\"ID\",\"temporaryPassword\":\"$temporary\"}")"
  if [ "$status" = 409 ]; then # it exists, its password file lost: an administrator's reset
    id="$(jget "$(api "/api/accounts?q=$NATIONAL_USER&size=50")" "content/[username=$NATIONAL_USER]/id" | awk '{print $1}' || true)"
    [ -n "$id" ] && status="$(admin_post "/api/accounts/$id/password-reset" "{\"temporaryPassword\":\"$temporary\"}")"
  fi
  case "$status" in
    200 | 201) ;;
    *)
      log "the server made no national account ($status: $(head -c 300 "$tmp" 2>/dev/null))"
      return 1
      ;;
  esac
  password="$(new_password)"
  (umask 077 && echo "$password" >"$pending")
  write_national_netrc "$temporary"
  status="$(change_password "$temporary" "$password" "$NATIONAL_NETRC")"
  if [ "$status" != 204 ]; then
    log "changing the national account's temporary password answered $status"
    return 1
  fi
  mv "$pending" "$kept"
  write_national_netrc "$password"
  NATIONAL_PASSWORD="$password"
}
national_account || log "the national recap over HTTP will show n/a"

KKB_COUNT="$(jget "$(api '/api/kampung-kb?region=18&size=1')" totalElements || true)"

# ------------------------------------------------------------------ 3. Lampung recap: HTTP vs raw JasperReports

log "Rekapitulasi Provinsi Lampung, $RUNS runs"
q="region=18&year=$YEAR"
# Both paths warm alike: JasperReports' fill code needs a few runs before the JIT has compiled it, and
# whichever path ran first would otherwise pay for it.
# Hundreds of requests pass before the JIT has compiled the HTTP path (docs/performance.md, "The recap over
# HTTP: where the time goes"): RECAP_WARMUP unmeasured runs of each path before measuring.
api_status "/api/reports/rekapitulasi/benchmark?$q&runs=$RECAP_WARMUP" "$tmp" >/dev/null
# "Cache-Control: no-cache" (a forced reload) makes the server render every time, as the figure says.
line="$(LT single --name recap-lampung --runs "$RUNS" --warmup "$RECAP_WARMUP" --timeout 600 \
  --header 'Cache-Control: no-cache' --out "$OUT/recap-lampung.pdf" "$BASE/api/reports/rekapitulasi?$q" || true)"
echo "$line" >>"$RAW"
RECAP_HTTP="n/a"
[ "$(kv "$line" errors)" = 0 ] && RECAP_HTTP="$(kv "$line" median_ms)"
RECAP_SERVICE="n/a" RECAP_RAW="n/a" RECAP_LINES="?" RECAP_KKB="?" RECAP_PAGES="?"
status="$(api_status "/api/reports/rekapitulasi/benchmark?$q&runs=$RUNS" "$tmp")"
echo "recap-lampung-benchmark status=$status $(cat "$tmp")" >>"$RAW"
if [ "$status" = 200 ]; then
  { read -r RECAP_SERVICE; read -r RECAP_RAW; read -r RECAP_LINES; read -r RECAP_KKB; read -r RECAP_PAGES; } < <(
    jget "$(cat "$tmp")" serviceMedianMs rawJasperMedianMs lines kampungKb pages) || true
else
  log "the recap benchmark endpoint answered $status"
fi
RECAP_RATIO="n/a"
is_number "$RECAP_HTTP" && is_number "$RECAP_RAW" &&
  RECAP_RATIO="$(awk -v h="$RECAP_HTTP" -v r="$RECAP_RAW" 'BEGIN {printf "%.3f", h / r}')"
# The same recap again, data unchanged: from the rendered bytes the server keeps by ETag (200), and
# with the ETag sent back as If-None-Match (304, no body).
recap_repeated() { # NAME OPTIONS...: the median, or n/a
  local name="$1" l
  shift
  l="$(LT single --name "$name" --runs "$RUNS" --warmup "$RECAP_WARMUP" --timeout 600 "$@" "$BASE/api/reports/rekapitulasi?$q" || true)"
  echo "$l" >>"$RAW"
  if [ "$(kv "$l" errors)" = 0 ]; then kv "$l" median_ms; else echo n/a; fi
}
ratio_to_raw() { if is_number "$1" && is_number "$RECAP_RAW"; then awk -v h="$1" -v r="$RECAP_RAW" 'BEGIN {printf "%.3f", h / r}'; else echo n/a; fi; }
RECAP_KEPT="$(recap_repeated recap-lampung-kept)"
RECAP_304="$(recap_repeated recap-lampung-304 --revalidate)"
RECAP_KEPT_RATIO="$(ratio_to_raw "$RECAP_KEPT")"
RECAP_304_RATIO="$(ratio_to_raw "$RECAP_304")"

# ------------------------------------------------------------------ 4. national recap, PDF and XLSX

declare -A NAT
for fmt in pdf xlsx; do
  log "national recap ($fmt), $RUNS runs"
  NAT[$fmt.status]="$(api_status "/api/reports/rekapitulasi/benchmark?region=ID&year=$YEAR&runs=$RUNS&format=$fmt" "$tmp")"
  echo "recap-national-$fmt-benchmark status=${NAT[$fmt.status]} $(cat "$tmp")" >>"$RAW"
  for k in http service peak max pages; do NAT[$fmt.$k]="n/a"; done
  if [ "${NAT[$fmt.status]}" = 200 ]; then
    s="" p="" m="" g=""
    { read -r s; read -r p; read -r m; read -r g; } < <(
      jget "$(cat "$tmp")" serviceMedianMs peakHeapBytes maxHeapBytes pages) || true
    is_number "$s" && NAT[$fmt.service]="$s"
    is_number "$p" && NAT[$fmt.peak]="$(awk -v b="$p" 'BEGIN {printf "%.0f", b / 1048576}')"
    is_number "$m" && NAT[$fmt.max]="$(awk -v b="$m" 'BEGIN {printf "%.0f", b / 1048576}')"
    [ -n "$g" ] && NAT[$fmt.pages]="$g"
    if [ -n "$NATIONAL_PASSWORD" ]; then
      # Over HTTP as the national viewer: its scope covers the country ('admin' is province-scoped: 403).
      # Rendered every time (no-cache), not the bytes kept from the previous run.
      line="$(LOADTEST_USER="$NATIONAL_USER" LOADTEST_PASSWORD="$NATIONAL_PASSWORD" \
        LT single --name "recap-national-$fmt" --runs "$RUNS" --timeout 1800 \
        --header 'Cache-Control: no-cache' --out "$OUT/recap-national.$fmt" "$BASE/api/reports/rekapitulasi?region=ID&year=$YEAR&format=$fmt" || true)"
      echo "$line" >>"$RAW"
      [ "$(kv "$line" errors)" = 0 ] && NAT[$fmt.http]="$(kv "$line" median_ms)"
    fi
  else
    log "the national recap ($fmt) answered ${NAT[$fmt.status]}: n/a"
  fi
done

# ------------------------------------------------------------------ 5. Laporan Kegiatan with 3,000 participants

VENUE="Aula Sintetis (3.000 peserta)"
LK_MS="n/a" LK_PAGES="n/a" LK_PPS="n/a" LK_HOW=""
event="$(jget "$(api '/api/events?from=2025-07-01&to=2025-07-01&size=50')" "content/[venue=$VENUE]/id" | awk '{print $1}' || true)"
if [ -n "$event" ]; then
  log "Laporan Kegiatan of event $event, $RUNS runs"
  line="$(LT single --name laporan-kegiatan --runs "$RUNS" --timeout 1800 --out "$OUT/laporan-kegiatan.pdf" \
    "$BASE/api/events/$event/documents/laporan-kegiatan" || true)"
  echo "$line" >>"$RAW"
  if [ "$(kv "$line" errors)" = 0 ]; then
    LK_MS="$(kv "$line" median_ms)"
    if command -v pdfinfo >/dev/null; then
      LK_PAGES="$(pdfinfo "$OUT/laporan-kegiatan.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
      LK_HOW="pdfinfo"
    else
      # Page objects, not the /Pages tree nodes; right for PDFs without compressed object streams.
      LK_PAGES="$(grep -a -o -E '/Type ?/Page([^s]|$)' "$OUT/laporan-kegiatan.pdf" | wc -l | tr -d ' ')"
      LK_HOW="/Type /Page objects counted"
    fi
    is_number "$LK_PAGES" &&
      LK_PPS="$(awk -v p="$LK_PAGES" -v ms="$LK_MS" 'BEGIN {printf "%.1f", p / (ms / 1000)}')"
  fi
else
  log "no event at '$VENUE' on 2025-07-01: Laporan Kegiatan n/a"
fi

# ------------------------------------------------------------------ 5b. export of every participant (CSV and XLSX)

# Every participant the account may read, as one streamed file (GET /api/participants?format=…): the
# national account for the national size (admin is province-scoped), admin for Lampung. Heap: jstat samples
# the server's used heap (young + old) every 100 ms during the export; "after GC" is the heap a forced GC
# leaves before and after, which does not grow with the rows if the export holds none of them.
declare -A EXP
heap_after_gc_mib() { # the used heap after a full GC, in MiB
  jcmd "$PAYARA_PID" GC.run >/dev/null 2>&1 || return 0
  jstat -gc "$PAYARA_PID" | awk 'NR == 2 {printf "%.0f", ($3 + $4 + $6 + $8) / 1024}'
}
exp_netrc="$NETRC"
[ "$SIZE" = national ] && [ -n "$NATIONAL_PASSWORD" ] && exp_netrc="$NATIONAL_NETRC"
EXP_TOTAL="$(jget "$(curl -fsS --netrc-file "$exp_netrc" "$BASE/api/participants?size=1")" totalElements || true)"
for fmt in csv xlsx; do
  for k in s rows rps peak before after; do EXP[$fmt.$k]="n/a"; done
  if [ -z "$PAYARA_PID" ] || ! is_number "$EXP_TOTAL"; then continue; fi
  log "export of $EXP_TOTAL participants as $fmt"
  EXP[$fmt.before]="$(heap_after_gc_mib)"
  jstat -gc "$PAYARA_PID" 100 >"$OUT/export-$fmt.jstat" 2>/dev/null &
  jstat_pid=$!
  t0="$(now_ms)"
  status="$(curl -sS --netrc-file "$exp_netrc" --max-time 3600 -o "$OUT/participants.$fmt" -w '%{http_code}' \
    "$BASE/api/participants?format=$fmt" || echo 000)"
  ms=$(($(now_ms) - t0))
  kill "$jstat_pid" 2>/dev/null || true
  wait "$jstat_pid" 2>/dev/null || true
  echo "export-participants-$fmt status=$status ms=$ms total=$EXP_TOTAL bytes=$(wc -c <"$OUT/participants.$fmt")" >>"$RAW"
  [ "$status" = 200 ] || continue
  EXP[$fmt.after]="$(heap_after_gc_mib)"
  EXP[$fmt.s]="$(awk -v ms="$ms" 'BEGIN {printf "%.1f", ms / 1000}')"
  if [ "$fmt" = csv ]; then
    # Title line and header, then one line per participant (no field of theirs holds a line break).
    EXP[$fmt.rows]="$(($(wc -l <"$OUT/participants.csv") - 2))"
  elif command -v unzip >/dev/null; then
    # The rows of every sheet (a sheet holds 1,048,576), less each sheet's title and header.
    EXP[$fmt.rows]="$(unzip -Z1 "$OUT/participants.xlsx" 'xl/worksheets/sheet*.xml' | while read -r sheet; do
      { unzip -p "$OUT/participants.xlsx" "$sheet" | grep -o '<row ' || true; } | wc -l | awk '{print $1 - 2}'
    done | awk '{s += $1} END {print s + 0}' || true)"
  fi
  EXP[$fmt.rps]="$(awk -v r="$EXP_TOTAL" -v ms="$ms" 'BEGIN {printf "%.0f", r / (ms / 1000)}')"
  EXP[$fmt.peak]="$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ {u = ($3 + $4 + $6 + $8) / 1024; if (u > m) m = u} END {printf "%.0f", m}' \
    "$OUT/export-$fmt.jstat")"
done

# ------------------------------------------------------------------ 6. paged list and search vs the bare yardstick

regencies="$(jget "$(api /api/regions/18/children)" '*/code' 'content/*/code' | tr ' ' '\n' | grep -E '^18\.[0-9]+$' || true)"
[ -n "$regencies" ] || die "GET /api/regions/18/children gave no regency codes"
# Only pages that hold rows: an empty page costs the server less and would flatter the figure.
: >"$OUT/paths-list.txt"
for code in $regencies; do
  total="$(jget "$(api "/api/kampung-kb?region=$code&page=0&size=20")" totalElements || true)"
  is_number "$total" || continue
  for ((page = 0; page * 20 < total; page++)); do
    echo "/api/kampung-kb?region=$code&page=$page&size=20" >>"$OUT/paths-list.txt"
  done
done
[ -s "$OUT/paths-list.txt" ] || die "no regency has a Kampung KB: nothing to page through"
LIST_PAGES="$(wc -l <"$OUT/paths-list.txt" | tr -d ' ')"
: >"$OUT/paths-search.txt"
for name in sido sumber way tanjung margo; do echo "/api/regions?q=$name&within=18" >>"$OUT/paths-search.txt"; done
N_REGENCIES="$(wc -w <<<"$regencies" | tr -d ' ')"
# The public portal as a visitor sees it, no account: the directory of each regency page by page (20 rows
# a page, only pages holding rows), the statistics of the province, of each regency and of its first
# district. Whole pages rendered by Faces, never a 304: what a visitor without a copy costs.
: >"$OUT/paths-pubdir.txt"
: >"$OUT/paths-pubstat.txt"
echo "/publik/statistik.xhtml" >>"$OUT/paths-pubstat.txt"
for code in $regencies; do
  total="$(jget "$(curl -fsS "$BASE/api/public/kampung-kb?region=$code&size=1")" totalElements || true)"
  is_number "$total" || continue
  for ((page = 0; page * 20 < total; page++)); do
    echo "/publik/direktori.xhtml?regency=$code&page=$page" >>"$OUT/paths-pubdir.txt"
  done
  echo "/publik/statistik.xhtml?region=$code" >>"$OUT/paths-pubstat.txt"
  district="$(jget "$(api "/api/regions/$code/children")" '*/code' 'content/*/code' | tr ' ' '\n' | grep -E '^18\.[0-9]+\.[0-9]+$' | head -1 || true)"
  [ -z "$district" ] || echo "/publik/statistik.xhtml?region=$district" >>"$OUT/paths-pubstat.txt"
done
[ -s "$OUT/paths-pubdir.txt" ] || die "the public directory has no page holding rows"
PUBDIR_PAGES="$(wc -l <"$OUT/paths-pubdir.txt" | tr -d ' ')"
PUBSTAT_PAGES="$(wc -l <"$OUT/paths-pubstat.txt" | tr -d ' ')"

declare -A LOAD
for round in $(seq "$RUNS"); do
  log "load round $round of $RUNS: $CONNECTIONS connections, ${WARMUP} s warm-up + ${DURATION} s per endpoint"
  LT load "$BASE" --connections "$CONNECTIONS" --warmup "$WARMUP" --duration "$DURATION" --timeout 30 \
    --anonymous bare,ping --target bare /health/live --target ping /api/ping --target trivial /api/me --target list "@$OUT/paths-list.txt" \
    --target search "@$OUT/paths-search.txt" >"$tmp" || true
  # The latency target is read at 8 connections: at 32 on two cores, Little's law alone sets the p99.
  LT load "$BASE" --connections 8 --warmup "$WARMUP" --duration "$DURATION" --timeout 30 \
    --target list8 "@$OUT/paths-list.txt" >>"$tmp" || true
  # The same pages read afresh every time: the server keeps a page by the data's version, and a
  # client's "Cache-Control: no-cache" makes it read the page again; both figures go in the table.
  LT load "$BASE" --connections "$CONNECTIONS" --warmup "$WARMUP" --duration "$DURATION" --timeout 30 \
    --header 'Cache-Control: no-cache' --target listfresh "@$OUT/paths-list.txt" >>"$tmp" || true
  # The public pages, anonymous (the server runs with a public budget no load reaches: KKB_PUBLIC_PER_MINUTE).
  LT load "$BASE" --connections "$CONNECTIONS" --warmup "$WARMUP" --duration "$DURATION" --timeout 30 \
    --anonymous pubhome,pubdir,pubstat --target pubhome /publik/index.xhtml \
    --target pubdir "@$OUT/paths-pubdir.txt" --target pubstat "@$OUT/paths-pubstat.txt" >>"$tmp" || true
  cat "$tmp" >>"$RAW"
  while read -r line; do
    t="$(kv "$line" name)"
    for k in ok_rps p50_ms p99_ms errors requests; do LOAD[$t.$k]+="$(kv "$line" "$k") "; done
  done <"$tmp"
done
load_median() { tr ' ' '\n' <<<"${LOAD[$1.$2]:-}" | grep -v '^$' | median; }
load_sum() { tr ' ' '\n' <<<"${LOAD[$1.$2]:-}" | awk '{s += $1} END {print s + 0}'; }
for t in bare ping trivial list list8 listfresh search pubhome pubdir pubstat; do
  for k in ok_rps p50_ms p99_ms; do LOAD[$t.$k.m]="$(load_median "$t" "$k")"; done
  LOAD[$t.errors.sum]="$(load_sum "$t" errors)"
  LOAD[$t.requests.sum]="$(load_sum "$t" requests)"
done
ratio() { if is_number "$1" && is_number "$2" && [ "$2" != 0 ]; then awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; else echo n/a; fi; }
# Every load figure against the bare yardstick (no authentication, no database), measured in the same round.
ME_RATIO="$(ratio "${LOAD[trivial.ok_rps.m]}" "${LOAD[bare.ok_rps.m]}")"
LIST_RATIO="$(ratio "${LOAD[list.ok_rps.m]}" "${LOAD[bare.ok_rps.m]}")"
LIST_ME_RATIO="$(ratio "${LOAD[list.ok_rps.m]}" "${LOAD[trivial.ok_rps.m]}")"
LIST8_RATIO="$(ratio "${LOAD[list8.ok_rps.m]}" "${LOAD[bare.ok_rps.m]}")"
LISTFRESH_RATIO="$(ratio "${LOAD[listfresh.ok_rps.m]}" "${LOAD[bare.ok_rps.m]}")"
SEARCH_RATIO="$(ratio "${LOAD[search.ok_rps.m]}" "${LOAD[bare.ok_rps.m]}")"
PUBHOME_RATIO="$(ratio "${LOAD[pubhome.ok_rps.m]}" "${LOAD[bare.ok_rps.m]}")"
PUBDIR_RATIO="$(ratio "${LOAD[pubdir.ok_rps.m]}" "${LOAD[bare.ok_rps.m]}")"
PUBSTAT_RATIO="$(ratio "${LOAD[pubstat.ok_rps.m]}" "${LOAD[bare.ok_rps.m]}")"
PING_RATIO="$(ratio "${LOAD[ping.ok_rps.m]}" "${LOAD[bare.ok_rps.m]}")"
ME_PING_RATIO="$(ratio "${LOAD[trivial.ok_rps.m]}" "${LOAD[ping.ok_rps.m]}")"

# ------------------------------------------------------------------ 7. memory, machine

RSS_MIB="n/a" HWM_MIB="n/a"
if [ -n "$PAYARA_PID" ] && [ -r "/proc/$PAYARA_PID/status" ]; then
  RSS_MIB="$(awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$PAYARA_PID/status")"
  HWM_MIB="$(awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$PAYARA_PID/status")"
fi
CORES="$(nproc)"
MEM="$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
JAVA_VERSION="$(java -version 2>&1 | sed -n 1p)"

# ------------------------------------------------------------------ 8. the table

check() { # check VALUE OP LIMIT: PASS, MISS or n/a
  if is_number "$1"; then
    awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN {ok = (op == "<=") ? (v <= l) : (v >= l); print ok ? "PASS" : "MISS"}'
  else
    echo "n/a"
  fi
}
fmt1() { if is_number "$1"; then awk -v v="$1" -v d="${2:-1}" 'BEGIN {printf "%.*f", d, v}'; else echo "${1:-n/a}"; fi; }
pair() { echo "$(fmt1 "$1") / $(fmt1 "$2")"; }
row() { # row MEASURE VALUE UNIT TARGET RESULT: a value without a unit is a ratio, shown to 3 decimals
  printf '%-58s %12s %-6s %-10s %s\n' "$1" "$(fmt1 "$2" "$([ -n "${3:-}" ] && echo 1 || echo 3)")" "${3:-}" "${4:-}" "${5:-}"
}
head_row() { printf '%s\n' "$1"; }

national_check() { # only the national size has a meaningful national recap
  if [ "$SIZE" = national ]; then check "$@"; elif is_number "$1"; then echo "-"; else echo "n/a"; fi
}

{
  echo "Kampung KB benchmark: size $SIZE, $DB_SHOWN, $(date '+%F %T')"
  echo "machine: $CORES cores, $MEM memory; $JAVA_VERSION; server heap -Xmx$KKB_HEAP"
  echo "each figure: median of $RUNS runs; load: $CONNECTIONS connections (where not said), ${WARMUP} s warm-up + ${DURATION} s per run"
  echo "registry: ${KKB_COUNT:-?} Kampung KB in Lampung (18)${LOAD_SECONDS:+; first start with loading: $LOAD_SECONDS s}"
  echo
  printf '%-58s %12s %-6s %-10s %s\n' "measure" "value" "unit" "target" "result"
  head_row "Rekapitulasi Provinsi PDF, Lampung ($RECAP_KKB Kampung KB, $RECAP_LINES lines, $RECAP_PAGES pages)"
  row "  HTTP end to end" "$RECAP_HTTP" ms
  row "  recap service in the server JVM" "$RECAP_SERVICE" ms
  row "  raw JasperReports fill + export, same rows, same JVM" "$RECAP_RAW" ms
  row "  ratio HTTP / raw" "$RECAP_RATIO" "" "<= 1.25" "$(check "$RECAP_RATIO" '<=' 1.25)"
  row "  HTTP, repeated, unchanged data: kept bytes (200)" "$RECAP_KEPT" ms
  row "  ... ratio to raw" "$RECAP_KEPT_RATIO" ""
  row "  HTTP, repeated with If-None-Match (304)" "$RECAP_304" ms
  row "  ... ratio to raw" "$RECAP_304_RATIO" ""
  for fmt in pdf xlsx; do
    head_row "Rekapitulasi nasional ${fmt^^} (region ID, ${NAT[$fmt.pages]} pages)"
    row "  HTTP end to end, as a national viewer" "${NAT[$fmt.http]}" ms "<= 5000" \
      "$(check "${NAT[$fmt.http]}" '<=' 5000)"
    row "  recap service in the server JVM" "${NAT[$fmt.service]}" ms
    row "  peak heap during the runs (max ${NAT[$fmt.max]} MiB)" "${NAT[$fmt.peak]}" MiB "<= 1024" \
      "$(national_check "${NAT[$fmt.peak]}" '<=' 1024)"
  done
  head_row "Laporan Kegiatan, 3,000 participants ($LK_PAGES pages${LK_HOW:+, $LK_HOW})"
  row "  HTTP end to end" "$LK_MS" ms
  row "  pages per second" "$LK_PPS" "p/s"
  for fmt in csv xlsx; do
    head_row "Export of every participant, ${fmt^^} (GET /api/participants?format=$fmt, $EXP_TOTAL rows)"
    row "  time, end to end" "${EXP[$fmt.s]}" s
    row "  rows per second" "${EXP[$fmt.rps]}" "rows/s"
    row "  rows in the file (= totalElements)" "${EXP[$fmt.rows]}" rows
    row "  peak used heap during the export (jstat, 100 ms)" "${EXP[$fmt.peak]}" MiB "<= 1024" \
      "$(check "${EXP[$fmt.peak]}" '<=' 1024)"
    row "  heap after a full GC, before / after" "$(pair "${EXP[$fmt.before]}" "${EXP[$fmt.after]}")" MiB
  done
  head_row "GET /health/live: no authentication, no database, the bare yardstick"
  row "  throughput (2xx)" "${LOAD[bare.ok_rps.m]}" "req/s"
  row "  p50 / p99 latency" "$(pair "${LOAD[bare.p50_ms.m]}" "${LOAD[bare.p99_ms.m]}")" ms
  head_row "GET /api/ping: JAX-RS, no authentication, no database (the API's own floor)"
  row "  throughput (2xx)" "${LOAD[ping.ok_rps.m]}" "req/s"
  row "  throughput / bare" "$PING_RATIO" ""
  head_row "GET /api/me: authenticated, the caller's account"
  row "  throughput (2xx)" "${LOAD[trivial.ok_rps.m]}" "req/s"
  row "  throughput / bare" "$ME_RATIO" "" ">= 0.75" "$(check "$ME_RATIO" '>=' 0.75)"
  row "  throughput / GET /api/ping" "$ME_PING_RATIO" ""
  row "  p50 / p99 latency" "$(pair "${LOAD[trivial.p50_ms.m]}" "${LOAD[trivial.p99_ms.m]}")" ms
  head_row "GET /api/kampung-kb?region=…&page=…&size=20 ($LIST_PAGES pages holding rows, $N_REGENCIES regencies)"
  row "  throughput (2xx)" "${LOAD[list.ok_rps.m]}" "req/s"
  row "  throughput / bare" "$LIST_RATIO" "" ">= 0.40" "$(check "$LIST_RATIO" '>=' 0.4)"
  row "  throughput / GET /api/me" "$LIST_ME_RATIO" ""
  row "  p50 / p99 latency" "$(pair "${LOAD[list.p50_ms.m]}" "${LOAD[list.p99_ms.m]}")" ms
  row "  at 8 connections: throughput / bare" "$LIST8_RATIO" ""
  row "  at 8 connections: p99 latency" "${LOAD[list8.p99_ms.m]}" ms "<= 50" \
    "$(check "${LOAD[list8.p99_ms.m]}" '<=' 50)"
  row "  read afresh (Cache-Control: no-cache): throughput" "${LOAD[listfresh.ok_rps.m]}" "req/s"
  row "  read afresh: throughput / bare" "$LISTFRESH_RATIO" ""
  row "  read afresh: p50 / p99 latency" "$(pair "${LOAD[listfresh.p50_ms.m]}" "${LOAD[listfresh.p99_ms.m]}")" ms
  head_row "GET /api/regions?q=…&within=18 (region search)"
  row "  throughput (2xx)" "${LOAD[search.ok_rps.m]}" "req/s"
  row "  throughput / bare" "$SEARCH_RATIO" "" ">= 0.40" "$(check "$SEARCH_RATIO" '>=' 0.4)"
  row "  p50 / p99 latency" "$(pair "${LOAD[search.p50_ms.m]}" "${LOAD[search.p99_ms.m]}")" ms
  head_row "Public portal pages, no account, whole pages rendered (no 304)"
  row "  Beranda /publik/index.xhtml: throughput (2xx)" "${LOAD[pubhome.ok_rps.m]}" "req/s"
  row "  Beranda: throughput / bare" "$PUBHOME_RATIO" ""
  row "  Beranda: p50 / p99 latency" "$(pair "${LOAD[pubhome.p50_ms.m]}" "${LOAD[pubhome.p99_ms.m]}")" ms
  row "  Direktori ($PUBDIR_PAGES pages of 20): throughput (2xx)" "${LOAD[pubdir.ok_rps.m]}" "req/s"
  row "  Direktori: throughput / bare" "$PUBDIR_RATIO" ""
  row "  Direktori: p50 / p99 latency" "$(pair "${LOAD[pubdir.p50_ms.m]}" "${LOAD[pubdir.p99_ms.m]}")" ms
  row "  Statistik ($PUBSTAT_PAGES: province, regencies, districts): throughput (2xx)" "${LOAD[pubstat.ok_rps.m]}" "req/s"
  row "  Statistik: throughput / bare" "$PUBSTAT_RATIO" ""
  row "  Statistik: p50 / p99 latency" "$(pair "${LOAD[pubstat.p50_ms.m]}" "${LOAD[pubstat.p99_ms.m]}")" ms
  head_row "Server"
  row "  time to ready after start, loaded data ($READY_RUNS starts)" "$READY_S" s
  row "  resident memory after the load runs (VmRSS)" "$RSS_MIB" MiB
  row "  peak resident memory (VmHWM)" "$HWM_MIB" MiB
  for t in bare ping trivial list list8 listfresh search pubhome pubdir pubstat; do
    if [ "${LOAD[$t.errors.sum]}" != 0 ]; then
      echo "note: $t had ${LOAD[$t.errors.sum]} errors in ${LOAD[$t.requests.sum]} requests (see $RAW)"
    fi
  done
} | sed 's/ *$//' | tee "$TABLE"
log "table saved to $TABLE; raw figures in $RAW"
