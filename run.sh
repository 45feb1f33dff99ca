#!/usr/bin/env bash
# Runs the application: Payara Server 6 with the EAR deployed, in the foreground; Ctrl-C stops it.
#
#   ./run.sh                 build if needed, set up Payara under ./runtime on first use, start, deploy
#   HTTP_PORT=9090 ./run.sh  another port (ADMIN_PORT for the admin console, default 4848)
#   KKB_START_TIMEOUT=3600   seconds to wait for the server, the deployment and readiness (default 180)
#   KKB_EAR=loadtest/target/kampung-kb-loadtest.ear ./run.sh   another EAR: the load-test one (benchmarks/)
#   ./run.sh micro           the same application as one WAR on Payara Micro instead (see README)
#   ./run.sh micro-jar       builds micro/target/kampung-kb-micro.jar, Payara Micro with the WAR inside
#
# Data stays in ./data (H2) unless DB_URL, DB_USER and DB_PASSWORD point at PostgreSQL. A second start
# reuses ./runtime and ./data; the EAR is redeployed only when it changed. See README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")" && pwd)"
cd "$ROOT"

MICRO_WAR="$ROOT/micro/target/kampung-kb.war"
MICRO_JAR="$ROOT/micro/target/payara-micro.jar"
# Payara Micro's own settings for its HTTP listener (the server's are in configure-domain.sh).
MICRO_PREBOOT="$ROOT/micro/src/main/payara/pre-boot-commands.asadmin"

# Payara Micro: one process, no domain, no admin port. Alone (--nocluster) unless started by
# cluster.sh, which lets the instances form one Data Grid on loopback.
micro() {
  if [ ! -f "$MICRO_WAR" ] || [ ! -f "$MICRO_JAR" ] \
    || [ -n "$(find pom.xml */pom.xml */src -newer "$MICRO_WAR" -type f -print -quit)" ]; then
    printf '[run] %s\n' "building the WAR (./mvnw package, tests skipped)"
    ./mvnw -B -q -DskipTests package
  fi
  case "$1" in
    micro-jar)
      # Inside the uber jar the context root comes from the file name (--contextroot is not kept).
      mkdir -p "$ROOT/micro/target/uber" && cp "$MICRO_WAR" "$ROOT/micro/target/uber/ROOT.war"
      java -jar "$MICRO_JAR" --deploy "$ROOT/micro/target/uber/ROOT.war" \
        --prebootcommandfile "$MICRO_PREBOOT" --outputUberJar "$ROOT/micro/target/kampung-kb-micro.jar"
      printf '[run] %s\n' "built micro/target/kampung-kb-micro.jar: java -jar micro/target/kampung-kb-micro.jar --port 8080 --nocluster"
      ;;
    micro)
      export KKB_DATA_DIR="${KKB_DATA_DIR:-$ROOT/data}"
      mkdir -p "$KKB_DATA_DIR" "$ROOT/runtime/micro"
      printf '[run] %s\n' "starting Payara Micro on http://localhost:${HTTP_PORT:-8080}/ (ready when /health/ready answers 200)"
      exec java "-Xmx${KKB_HEAP:-1g}" -jar "$MICRO_JAR" --deploy "$MICRO_WAR" --contextroot / \
        --port "${HTTP_PORT:-8080}" --nocluster --rootdir "$ROOT/runtime/micro" \
        --prebootcommandfile "$MICRO_PREBOOT"
      ;;
  esac
}
case "${1:-}" in
  micro | micro-jar) micro "$1"; exit 0 ;;
  "") ;;
  *) echo "usage: ./run.sh [micro | micro-jar]" >&2; exit 2 ;;
esac

HTTP_PORT="${HTTP_PORT:-8080}"
ADMIN_PORT="${ADMIN_PORT:-4848}"
KKB_HEAP="${KKB_HEAP:-1g}"
# A first start that loads a large data set keeps the server (and asadmin) busy for many minutes.
START_TIMEOUT="${KKB_START_TIMEOUT:-180}"
# asadmin's client otherwise gives up on a command, deploy included, after 10 minutes.
if [ "$START_TIMEOUT" -gt 600 ]; then
  export AS_ADMIN_READTIMEOUT="${AS_ADMIN_READTIMEOUT:-$((START_TIMEOUT * 1000))}"
fi
export KKB_DATA_DIR="${KKB_DATA_DIR:-$ROOT/data}"
RUNTIME="$ROOT/runtime"
PAYARA_VERSION="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)"
PAYARA_HOME="$RUNTIME/payara6"
EAR="${KKB_EAR:-$ROOT/ear/target/kampung-kb.ear}"
STAMP="$RUNTIME/deployed-ear.sha256"
DOMAIN_XML="$PAYARA_HOME/glassfish/domains/domain1/config/domain.xml"
ASADMIN=("$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT")

log() { printf '[run] %s\n' "$*"; }

# 1. Build when there is no EAR or a source is newer than it.
if [ ! -f "$EAR" ] || [ -n "$(find pom.xml */pom.xml */src -newer "$EAR" -type f -print -quit)" ]; then
  log "building the EAR (./mvnw package, tests skipped)"
  ./mvnw -B -q -DskipTests package
fi

# 2. Payara Server, once, from the Maven registry.
if [ ! -x "$PAYARA_HOME/bin/asadmin" ]; then
  log "setting up Payara Server $PAYARA_VERSION in $RUNTIME"
  mkdir -p "$RUNTIME"
  ./mvnw -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$RUNTIME"
fi

# 3. Ports, heap and listener settings go into the stopped domain's configuration.
HTTP_PORT="$HTTP_PORT" ADMIN_PORT="$ADMIN_PORT" KKB_HEAP="$KKB_HEAP" ear/src/payara/configure-domain.sh "$PAYARA_HOME"
mkdir -p "$KKB_DATA_DIR"

if [ -n "${DB_URL:-}" ]; then
  log "database: ${DB_URL%%\?*} (user ${DB_USER:-})"
else
  log "database: H2 file in $KKB_DATA_DIR"
fi

# 4. Start in the foreground; the domain's environment carries DB_* and KKB_* to the application.
server_pid=""
stopping=0
stop() {
  [ "$stopping" = 1 ] && return
  stopping=1
  log "stopping Payara"
  "${ASADMIN[@]}" stop-domain domain1 >/dev/null 2>&1 || { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; }
  [ -n "$server_pid" ] && wait "$server_pid" 2>/dev/null
  exit 0
}
trap stop INT TERM

log "starting Payara Server (http://localhost:$HTTP_PORT/, admin port $ADMIN_PORT)"
"$PAYARA_HOME/bin/asadmin" start-domain --verbose domain1 &
server_pid=$!

wait_for() { # wait_for SECONDS COMMAND...: polls until the command succeeds
  local until=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$until" ] || ! kill -0 "$server_pid" 2>/dev/null; then return 1; fi
    sleep 0.5
  done
}
ready() { curl -fsS "http://localhost:$HTTP_PORT/health/ready"; }
deployed() { "${ASADMIN[@]}" list-applications | grep -q '^kampung-kb '; }

sha="$(sha256sum "$EAR" | cut -d' ' -f1)"
# This EAR deployed before, by this script, and still in the domain: nothing to ask the server. Each
# asadmin call is a JVM of its own and wakes the admin service, which on two cores delayed the
# application's start by seconds (docs/performance.md, "Time to ready").
if [ "$(cat "$STAMP" 2>/dev/null)" = "$sha" ] && grep -q '<application [^>]*name="kampung-kb"' "$DOMAIN_XML"; then
  up_to_date=1
else
  up_to_date=0
  wait_for "$START_TIMEOUT" "${ASADMIN[@]}" uptime || { log "Payara did not start; see $PAYARA_HOME/glassfish/domains/domain1/logs/server.log"; stop; }
fi
if [ "$up_to_date" = 0 ] && { [ "$(cat "$STAMP" 2>/dev/null)" != "$sha" ] || ! deployed; }; then
  # A boot-time application must finish loading before it can be replaced.
  if deployed; then wait_for "$START_TIMEOUT" curl -fs -o /dev/null "http://localhost:$HTTP_PORT/health/live" || true; fi
  log "deploying $EAR"
  # implicitCdiEnabled=false: the application's modules declare their beans (beans.xml), and none of
  # the 60 library jars holds a bean; otherwise Payara searches every class of every library for CDI
  # annotations at each start (a tenth of the start's CPU, docs/performance.md "Time to ready").
  if "${ASADMIN[@]}" deploy --force=true --name kampung-kb --property implicitCdiEnabled=false "$EAR"; then
    echo "$sha" > "$STAMP"
  else
    log "deployment failed; see $PAYARA_HOME/glassfish/domains/domain1/logs/server.log"
    stop
  fi
fi

if wait_for "$START_TIMEOUT" ready; then
  log "ready: http://localhost:$HTTP_PORT/  (API http://localhost:$HTTP_PORT/api/, health /health/ready)"
else
  log "not ready after $START_TIMEOUT s; see $PAYARA_HOME/glassfish/domains/domain1/logs/server.log"
fi
wait "$server_pid"
