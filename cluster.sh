#!/usr/bin/env bash
# Two instances of the application on one PostgreSQL database behind HAProxy, on this machine.
#
#   ./cluster.sh start micro      two Payara Micro processes (m1, m2) with the WAR, one Data Grid
#   ./cluster.sh start server     a Payara Server domain with a deployment group of two instances (kkb1, kkb2)
#   ./cluster.sh status           the instances, their readiness and what the balancer thinks of them
#   ./cluster.sh stop             stops the balancer and both instances (and the domain)
#   ./cluster.sh kill m1|m2       SIGKILL one instance (a crash, for failover drills); kkb1|kkb2 with server
#   ./cluster.sh restart m1|m2    starts a stopped or killed instance again and waits until it is ready
#
# Needs DB_URL (jdbc:postgresql://...), DB_USER and DB_PASSWORD: the embedded H2 database is a file in
# one process, two instances on it would be two registries. Needs haproxy (Debian: apt-get install haproxy).
# What it writes (balancer configuration, pids, logs, the server domain) goes to KKB_CLUSTER_DIR (default
# ./runtime/cluster; the server instances live in ./runtime/payara6/glassfish/nodes); keys are shared
# through KKB_SECRETS_DIR (default ./secrets).
# Settings (environment) and their defaults:
#   BALANCER_PORT=18000           the address printed at the end: http://127.0.0.1:18000/ (stats: +1)
#   MICRO_PORTS="18081 18082"     HTTP ports of m1 and m2
#   SERVER_PORTBASES="28000 29000" port bases of kkb1 and kkb2 (HTTP 28080 and 29080)
#   DAS_PORTBASE=14800            the server domain's port base (admin console 14848)
#   KKB_HEAP=1g, KKB_START_TIMEOUT=300 seconds per instance, KKB_PUBLIC_URL (default: the balancer)
# All KKB_* settings of docs/operations.md apply to both instances alike.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")" && pwd)"
cd "$ROOT"

BALANCER_PORT="${BALANCER_PORT:-18000}"
STATS_PORT="$((BALANCER_PORT + 1))"
read -r -a MICRO_PORTS <<< "${MICRO_PORTS:-18081 18082}"
read -r -a SERVER_PORTBASES <<< "${SERVER_PORTBASES:-28000 29000}"
DAS_PORTBASE="${DAS_PORTBASE:-14800}"
ADMIN_PORT="$((DAS_PORTBASE + 48))"
# The Data Grid's first port: away from Payara's default 6900, which other servers here use.
GRID_PORT="${GRID_PORT:-$((BALANCER_PORT + 900))}"
KKB_HEAP="${KKB_HEAP:-1g}"
START_TIMEOUT="${KKB_START_TIMEOUT:-300}"
CLUSTER_DIR="${KKB_CLUSTER_DIR:-$ROOT/runtime/cluster}"
PAYARA_VERSION="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)"
PAYARA_HOME="${KKB_PAYARA_HOME:-$ROOT/runtime/payara6}"
DOMAIN="kkb-cluster"
GROUP="kkb-group"
CONFIG="kkb-config"
MICRO_JAR="$ROOT/micro/target/payara-micro.jar"
WAR="$ROOT/micro/target/kampung-kb.war"
EAR="$ROOT/ear/target/kampung-kb.ear"

log() { printf '[cluster] %s\n' "$*"; }
die() { printf '[cluster] %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

mode() { cat "$CLUSTER_DIR/mode" 2>/dev/null || true; }

names() { # the instance names of a mode
  if [ "$1" = server ]; then echo "kkb1 kkb2"; else echo "m1 m2"; fi
}

http_port() { # http_port NAME
  case "$1" in
    m1) echo "${MICRO_PORTS[0]}" ;;
    m2) echo "${MICRO_PORTS[1]}" ;;
    kkb1) echo "$((SERVER_PORTBASES[0] + 80))" ;;
    kkb2) echo "$((SERVER_PORTBASES[1] + 80))" ;;
    *) die "no instance $1 (m1, m2, kkb1, kkb2)" ;;
  esac
}

port_free() { ! (exec 3<> "/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ready() { curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$(http_port "$1")/health/ready"; }

alive() { # alive PIDFILE
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

pid_file() { # the pid file of an instance
  case "$1" in
    m1 | m2) echo "$CLUSTER_DIR/$1.pid" ;;
    *) echo "$PAYARA_HOME/glassfish/nodes/localhost-$DOMAIN/$1/config/pid" ;;
  esac
}

await_ready() { # await_ready NAME: until /health/ready answers 200, the process dies or time runs out
  local name="$1" until=$((SECONDS + START_TIMEOUT)) dots=0
  until ready "$name"; do
    if [[ "$name" == m* ]] && ! alive "$(pid_file "$name")"; then
      die "$name stopped while starting; see $(log_file "$name")"
    fi
    [ "$SECONDS" -ge "$until" ] && die "$name not ready after $START_TIMEOUT s; see $(log_file "$name")"
    sleep 2
    dots=$((dots + 1))
    [ $((dots % 10)) = 0 ] && log "  $name: waiting for /health/ready ($((SECONDS - until + START_TIMEOUT)) s)"
  done
  log "$name ready on http://127.0.0.1:$(http_port "$name")/"
}

log_file() {
  case "$1" in
    m1 | m2) echo "$CLUSTER_DIR/$1.log" ;;
    *) echo "$PAYARA_HOME/glassfish/nodes/localhost-$DOMAIN/$1/logs/server.log" ;;
  esac
}

require_database() {
  case "${DB_URL:-}" in
    jdbc:postgresql:*) ;;
    "") die "DB_URL is not set: two instances need one PostgreSQL database (DB_URL=jdbc:postgresql://host:5432/db, DB_USER, DB_PASSWORD). The embedded H2 database lives inside one process." ;;
    *) die "DB_URL must name PostgreSQL (jdbc:postgresql://...): with H2 ($DB_URL) each instance would have a registry of its own." ;;
  esac
  [ -n "${DB_USER:-}" ] || die "DB_USER is not set"
  export DB_URL DB_USER DB_PASSWORD="${DB_PASSWORD:-}"
}

common_environment() {
  export KKB_DATA_DIR="${KKB_DATA_DIR:-$ROOT/data}"
  # Both instances must read the same keys (NIK encryption, check-in links, signing keystore).
  export KKB_SECRETS_DIR="${KKB_SECRETS_DIR:-$ROOT/secrets}"
  export KKB_PUBLIC_URL="${KKB_PUBLIC_URL:-http://127.0.0.1:$BALANCER_PORT/}"
  # The balancer is the client every instance sees; the real one is in X-Forwarded-For.
  export KKB_TRUSTED_PROXIES="${KKB_TRUSTED_PROXIES:-127.0.0.1}"
  mkdir -p "$KKB_DATA_DIR"
}

build_if_needed() { # build_if_needed ARTIFACT MODULE (KKB_SKIP_BUILD=true: a build that runs this)
  [ "${KKB_SKIP_BUILD:-false}" = true ] && return 0
  if [ ! -f "$1" ] || [ -n "$(find pom.xml */pom.xml */src -newer "$1" -type f -print -quit)" ]; then
    log "building $2 (./mvnw package, tests skipped)"
    ./mvnw -B -q -DskipTests package -pl "$2" -am
  fi
}

check_ports_free() {
  local port
  for port in "$@"; do
    port_free "$port" || die "port $port is in use (another cluster, ./run.sh, the tests?); ./cluster.sh status"
  done
}

# ---------------------------------------------------------------- the balancer

write_haproxy_config() { # write_haproxy_config NAME:PORT...
  local cfg="$CLUSTER_DIR/haproxy.cfg" entry
  {
    cat <<EOF
# Generated by cluster.sh; rewritten at every start.
global
  pidfile $CLUSTER_DIR/haproxy.pid
  stats socket $CLUSTER_DIR/haproxy.sock mode 600 level admin
  maxconn 2000

defaults
  mode http
  timeout connect 2s
  timeout client 120s
  timeout server 120s
  timeout http-keep-alive 10s
  # /health/ready asks the database; under load it may take more than the 1 s between checks.
  timeout check 5s
  option forwardfor
  # A request that never reached an instance (connection refused: it is down) goes to another one.
  retries 3
  option redispatch 1
  # After a request was sent, only GET and HEAD are repeated (the instance died before answering):
  # a POST may have been committed already, and issuing a document twice is not harmless.
  retry-on conn-failure empty-response response-timeout

frontend kkb
  bind 127.0.0.1:$BALANCER_PORT
  http-request disable-l7-retry unless METH_GET
  default_backend instances

backend instances
  balance roundrobin
  # Staff sessions stay on their instance (the cookie's value gets the instance's name in front);
  # when it is down they go to the other, which has the replicated session.
  cookie JSESSIONID prefix nocache
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
  http-response set-header X-Served-By %s
EOF
    for entry in "$@"; do
      echo "  server ${entry%%:*} 127.0.0.1:${entry##*:} check cookie ${entry%%:*}"
    done
    cat <<EOF

frontend stats
  bind 127.0.0.1:$STATS_PORT
  stats enable
  stats uri /
  stats refresh 5s
EOF
  } > "$cfg"
  haproxy -c -q -f "$cfg" || die "haproxy refused $cfg"
}

start_haproxy() {
  command -v haproxy > /dev/null || die "haproxy is not installed (Debian: apt-get install haproxy)"
  local entries=() name
  for name in $(names "$1"); do entries+=("$name:$(http_port "$name")"); done
  write_haproxy_config "${entries[@]}"
  haproxy -D -f "$CLUSTER_DIR/haproxy.cfg"
  local until=$((SECONDS + 30))
  until [ "$(up_count)" = 2 ]; do
    [ "$SECONDS" -ge "$until" ] && die "the balancer does not see both instances up: $(curl -s "http://127.0.0.1:$STATS_PORT/;csv")"
    sleep 1
  done
}

up_count() {
  curl -fsS --max-time 2 "http://127.0.0.1:$STATS_PORT/;csv" 2>/dev/null \
    | awk -F, '$1 == "instances" && $2 != "BACKEND" && $18 ~ /^UP/' | wc -l
}

stop_haproxy() {
  if alive "$CLUSTER_DIR/haproxy.pid"; then
    kill "$(cat "$CLUSTER_DIR/haproxy.pid")"
    log "balancer stopped"
  fi
  rm -f "$CLUSTER_DIR/haproxy.pid"
}

# ---------------------------------------------------------------- Payara Micro

start_micro_instance() { # start_micro_instance NAME
  local name="$1" port
  port="$(http_port "$name")"
  alive "$CLUSTER_DIR/$name.pid" && die "$name runs already (pid $(cat "$CLUSTER_DIR/$name.pid"))"
  check_ports_free "$port"
  log "starting $name (Payara Micro, port $port, log $CLUSTER_DIR/$name.log)"
  # A root folder of its own, emptied first: Micro would otherwise load the WAR deployed at the last
  # start (kept in the folder's domain.xml) and then deploy it a second time.
  rm -rf "${CLUSTER_DIR:?}/$name"
  # --nohostaware: both members share one address; host-aware partitioning would then keep no backup
  # of the sessions at all, and a killed instance would take its users' sessions with it.
  setsid java "-Xmx$KKB_HEAP" -jar "$MICRO_JAR" \
    --deploy "$WAR" --contextroot / --name "$name" --port "$port" \
    --rootdir "$CLUSTER_DIR/$name" \
    --prebootcommandfile "$ROOT/micro/src/main/payara/pre-boot-commands.asadmin" \
    --clustername "kkb-$BALANCER_PORT" --interfaces 127.0.0.1 --startport "$GRID_PORT" \
    --clustermode "tcpip:127.0.0.1:$GRID_PORT,127.0.0.1:$((GRID_PORT + 1))" --nohostaware \
    > "$CLUSTER_DIR/$name.log" 2>&1 < /dev/null &
  echo $! > "$CLUSTER_DIR/$name.pid"
}

start_micro() {
  build_if_needed "$WAR" micro
  [ -f "$MICRO_JAR" ] || ./mvnw -B -q -DskipTests package -pl micro -am
  check_ports_free "$BALANCER_PORT" "$STATS_PORT" "${MICRO_PORTS[@]}"
  # On an empty database the first instance runs the migrations, creates the first account and loads
  # the regions; the second starts once that is done.
  start_micro_instance m1
  await_ready m1
  start_micro_instance m2
  await_ready m2
}

stop_micro_instance() { # SIGTERM, then SIGKILL after 30 s
  local file="$CLUSTER_DIR/$1.pid" pid
  if alive "$file"; then
    pid="$(cat "$file")"
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    log "$1 stopped"
  fi
  rm -f "$file"
}

# ---------------------------------------------------------------- Payara Server

asadmin() { "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" "$@"; }

setup_payara() {
  build_if_needed "$EAR" ear
  if [ ! -x "$PAYARA_HOME/bin/asadmin" ]; then
    log "setting up Payara Server $PAYARA_VERSION in $(dirname "$PAYARA_HOME")"
    mkdir -p "$(dirname "$PAYARA_HOME")"
    ./mvnw -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$(dirname "$PAYARA_HOME")"
  fi
}

start_server() {
  setup_payara
  check_ports_free "$BALANCER_PORT" "$STATS_PORT" "$ADMIN_PORT" "$((DAS_PORTBASE + 80))" \
    "$((SERVER_PORTBASES[0] + 80))" "$((SERVER_PORTBASES[1] + 80))"
  local domains="$CLUSTER_DIR/domains" configured="$CLUSTER_DIR/domains/$DOMAIN/configured-by-cluster.sh"
  if [ ! -f "$configured" ]; then
    # A domain of its own (not ./run.sh's domain1): its own ports and Data Grid. Set up from scratch
    # when an earlier setup did not finish.
    rm -rf "${domains:?}/$DOMAIN" "$PAYARA_HOME/glassfish/nodes/localhost-$DOMAIN"
    log "creating the domain $DOMAIN (admin port $ADMIN_PORT)"
    "$PAYARA_HOME/bin/asadmin" create-domain --domaindir "$domains" --nopassword=true \
      --portbase "$DAS_PORTBASE" "$DOMAIN" > "$CLUSTER_DIR/create-domain.log"
  fi
  log "starting the domain administration server (log $domains/$DOMAIN/logs/server.log)"
  # The DAS's environment (DB_*, KKB_*) is what the instances it starts on this host get.
  "$PAYARA_HOME/bin/asadmin" start-domain --domaindir "$domains" "$DOMAIN" > "$CLUSTER_DIR/start-domain.log"
  if [ ! -f "$configured" ]; then
    log "creating the deployment group $GROUP with kkb1 and kkb2 (docs/performance.md)"
    local node="localhost-$DOMAIN"
    asadmin copy-config default-config "$CONFIG"
    asadmin create-instance --node "$node" --config "$CONFIG" --portbase "${SERVER_PORTBASES[0]}" kkb1
    asadmin create-instance --node "$node" --config "$CONFIG" --portbase "${SERVER_PORTBASES[1]}" kkb2
    asadmin create-deployment-group "$GROUP"
    asadmin add-instance-to-deployment-group --instance kkb1 --deploymentGroup "$GROUP"
    asadmin add-instance-to-deployment-group --instance kkb2 --deploymentGroup "$GROUP"
    asadmin set "$CONFIG.availability-service.web-container-availability.availability-enabled=true"
    asadmin set "$CONFIG.availability-service.web-container-availability.persistence-type=hazelcast"
    local xmx
    xmx="$(asadmin list-jvm-options --target "$CONFIG" | grep -o -- '^-Xmx[0-9]*[mgMG]' | head -n 1)"
    [ -n "$xmx" ] && asadmin delete-jvm-options --target "$CONFIG" "$xmx"
    asadmin create-jvm-options --target "$CONFIG" "-Xmx$KKB_HEAP"
    # The listener settings configure-domain.sh gives domain1 (see the reasons there).
    asadmin set "$CONFIG.network-config.protocols.protocol.http-listener-1.http.header-buffer-length-bytes=65536"
    asadmin set "$CONFIG.network-config.protocols.protocol.http-listener-1.http.max-form-post-size-bytes=27262976"
    # The Data Grid of this domain only, on loopback: a name and ports of its own (Payara's defaults
    # are shared by every domain on the machine, which would then form one grid).
    asadmin set-hazelcast-configuration --target domain --clustername "kkb-$ADMIN_PORT" \
      --interfaces 127.0.0.1 --dasbindaddress 127.0.0.1 --daspublicaddress 127.0.0.1 \
      --dasport "$((DAS_PORTBASE + 100))" --startport "$((DAS_PORTBASE + 110))" \
      --hostawarepartitioning=false
    "$PAYARA_HOME/bin/asadmin" restart-domain --domaindir "$domains" "$DOMAIN" > /dev/null
    touch "$configured"
  fi
  log "starting kkb1 alone (log $(log_file kkb1))"
  asadmin start-instance kkb1
  # Deployed again only when the EAR changed (as ./run.sh does).
  local sha stamp="$domains/$DOMAIN/deployed-ear.sha256"
  sha="$(sha256sum "$EAR" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2> /dev/null)" != "$sha" ] \
    || ! asadmin list-applications "$GROUP" 2> /dev/null | grep -q '^kampung-kb '; then
    log "deploying $EAR to $GROUP"
    asadmin deploy --force=true --target "$GROUP" --availabilityenabled=true --name kampung-kb \
      --property implicitCdiEnabled=false "$EAR"
    echo "$sha" > "$stamp"
  fi
  await_ready kkb1
  log "starting the rest of the group"
  asadmin start-deployment-group "$GROUP"
  await_ready kkb2
}

stop_server() {
  if [ -x "$PAYARA_HOME/bin/asadmin" ] && asadmin uptime > /dev/null 2>&1; then
    asadmin stop-deployment-group "$GROUP" > /dev/null 2>&1 || true
    "$PAYARA_HOME/bin/asadmin" stop-domain --domaindir "$CLUSTER_DIR/domains" "$DOMAIN" > /dev/null
    log "deployment group and domain stopped"
  fi
  local name
  for name in kkb1 kkb2; do # killed by hand and never restarted: nothing to stop
    alive "$(pid_file "$name")" && kill "$(cat "$(pid_file "$name")")"
  done
  return 0
}

# ---------------------------------------------------------------- commands

start() {
  local mode="$1"
  [ "$mode" = micro ] || [ "$mode" = server ] || usage
  require_database
  [ -z "$(mode)" ] || die "a $(mode) cluster was started from $CLUSTER_DIR: ./cluster.sh stop first"
  common_environment
  mkdir -p "$CLUSTER_DIR"
  echo "$mode" > "$CLUSTER_DIR/mode"
  # A start that fails half-way stops what it started.
  trap 'log "start failed: stopping what was started"; stop' EXIT
  log "database: ${DB_URL%%\?*} (user $DB_USER); keys: $KKB_SECRETS_DIR"
  local began=$SECONDS
  if [ "$mode" = micro ]; then start_micro; else start_server; fi
  start_haproxy "$mode"
  log "both instances up after $((SECONDS - began)) s"
  log "ready: http://127.0.0.1:$BALANCER_PORT/  (balancer statistics: http://127.0.0.1:$STATS_PORT/)"
  if [ -z "${KKB_ADMIN_PASSWORD:-}" ] && [ -f "$KKB_SECRETS_DIR/initial-admin-password" ]; then
    log "first login: admin, password in $KKB_SECRETS_DIR/initial-admin-password"
  fi
  trap - EXIT
}

stop() {
  local mode name
  mode="$(mode)"
  stop_haproxy
  if [ "$mode" = server ]; then
    stop_server
  else
    for name in m1 m2; do stop_micro_instance "$name"; done
  fi
  rm -f "$CLUSTER_DIR/mode"
}

status() {
  local mode name state
  mode="$(mode)"
  if [ -z "$mode" ]; then
    echo "no cluster started from $CLUSTER_DIR"
    return 0
  fi
  echo "$mode cluster, balancer http://127.0.0.1:$BALANCER_PORT/ ($(alive "$CLUSTER_DIR/haproxy.pid" && echo running || echo stopped))"
  for name in $(names "$mode"); do
    state="$(curl -fsS --max-time 2 "http://127.0.0.1:$STATS_PORT/;csv" 2>/dev/null \
      | awk -F, -v n="$name" '$1 == "instances" && $2 == n {print $18}')"
    printf '  %-5s port %-6s pid %-8s %-10s balancer: %s\n' "$name" "$(http_port "$name")" \
      "$(cat "$(pid_file "$name")" 2>/dev/null || echo -)" \
      "$(ready "$name" 2> /dev/null && echo ready || echo not-ready)" "${state:-?}"
  done
}

kill_instance() { # returns once the process is gone: until then its sockets still take connections
  local file pid
  file="$(pid_file "$1")"
  alive "$file" || die "$1 is not running"
  pid="$(cat "$file")"
  kill -9 "$pid"
  for _ in $(seq 1 200); do [ -e "/proc/$pid" ] || break; sleep 0.05; done
  log "$1 killed (SIGKILL, pid $pid)"
}

restart_instance() {
  local name="$1"
  require_database
  common_environment
  case "$(mode)" in
    micro) start_micro_instance "$name" ;;
    server) asadmin start-instance "$name" ;;
    *) die "no cluster started" ;;
  esac
  await_ready "$name"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  status) status ;;
  kill) kill_instance "${2:-}" ;;
  restart) restart_instance "${2:-}" ;;
  *) usage ;;
esac
