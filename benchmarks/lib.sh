# Functions the benchmark scripts share. Sourced, not run: `. "$ROOT/benchmarks/lib.sh"` after the
# script has set BENCH_TAG, the name its messages start with.

log() { printf '[%s] %s\n' "$BENCH_TAG" "$*" >&2; }
die() { log "$*"; exit 1; }

# median: of the numbers on stdin, one a line; n/a when there are none (every run failed).
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# kv LINE KEY: the value of KEY=value in a line LoadTest.java prints.
kv() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
