#!/usr/bin/env bash
# The province recap benchmark: prints the end-to-end HTTP time of the Rekapitulasi Provinsi PDF next
# to the server's own times for the same rows, measured in the server's JVM: the whole recap service
# (queries, assembly, fill, export) and the bare JasperReports fill + export.
#
#   KKB_EAR=loadtest/target/kampung-kb-loadtest.ear KKB_DEMO_DATA=true ./run.sh &
#   KKB_ADMIN_PASSWORD=… benchmarks/recap-benchmark.sh [runs]
#
# The benchmark endpoint exists only in the load-test EAR (loadtest/), never in the production one; above it
# runs on the demo data (461 Kampung KB, 2,651 villages).
#
# BASE_URL (default http://localhost:8080), KKB_ADMIN_USER (default admin), REGION (default 18; ID is
# the national recap, a line per province loaded, measured in the server only: it has no download),
# YEAR (default this year), PER_REGENCY (default false: true adds a page per regency, or per province
# for ID), FORMAT (pdf, default, or xlsx).
set -euo pipefail

BASE_URL="${BASE_URL:-http://localhost:8080}"
USER_NAME="${KKB_ADMIN_USER:-admin}"
PASSWORD="${KKB_ADMIN_PASSWORD:?set KKB_ADMIN_PASSWORD to the admin password}"
REGION="${REGION:-18}"
YEAR="${YEAR:-$(date +%Y)}"
PER_REGENCY="${PER_REGENCY:-false}"
FORMAT="${FORMAT:-pdf}"
RUNS="${1:-7}"
QUERY="region=$REGION&year=$YEAR&perRegency=$PER_REGENCY&format=$FORMAT"

BENCH_TAG=recap-benchmark
. "$(dirname "$0")/lib.sh"

http_ms=""
if [ "$REGION" != "ID" ]; then
  curl -fsS -u "$USER_NAME:$PASSWORD" -o /dev/null "$BASE_URL/api/reports/rekapitulasi?$QUERY" # warm up
  times=()
  for _ in $(seq "$RUNS"); do
    times+=("$(curl -fsS -u "$USER_NAME:$PASSWORD" -o "/tmp/kkb-recap.$FORMAT" -w '%{time_total}' \
      "$BASE_URL/api/reports/rekapitulasi?$QUERY")")
  done
  http_ms="$(printf '%s\n' "${times[@]}" | awk '{print $1 * 1000}' | median)"
fi
server="$(curl -fsS -u "$USER_NAME:$PASSWORD" "$BASE_URL/api/reports/rekapitulasi/benchmark?$QUERY&runs=$RUNS")"
field() { printf '%s' "$server" | sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p"; }
service_ms="$(field serviceMedianMs)"
raw_ms="$(field rawMedianMs)"
mib() { awk -v b="$(field "$1")" 'BEGIN {printf "%.0f", b / 1048576}'; }

echo "Rekapitulasi benchmark — region $REGION, year $YEAR, perRegency=$PER_REGENCY, format $FORMAT"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) memory"
echo "rows: $(field lines) lines, $(field kampungKb) Kampung KB, $(field pages) pages; median of $RUNS runs"
echo "heap: peak $(mib peakHeapBytes) MiB during the service runs (raw: $(mib rawPeakHeapBytes) MiB) of max $(mib maxHeapBytes) MiB; JVM-wide, an upper bound"
printf '%-44s %10s\n' "measure" "ms"
[ -n "$http_ms" ] && printf '%-44s %10.1f\n' "HTTP end to end (curl)" "$http_ms"
printf '%-44s %10.1f\n' "recap service in the server JVM" "$service_ms"
printf '%-44s %10.1f\n' "raw rendering ($FORMAT), same JVM" "$raw_ms"
awk -v s="$service_ms" -v r="$raw_ms" 'BEGIN {printf "%-44s %10.2f\n", "ratio service / raw", s / r}'
[ -n "$http_ms" ] && awk -v h="$http_ms" -v r="$raw_ms" 'BEGIN {printf "%-44s %10.2f\n", "ratio HTTP / raw", h / r}'
exit 0
