#!/usr/bin/env bash
# Load benchmark of the Activations API mock.
#
# Two workloads, 32 connections each, against a mock with request validation on (it always is)
# and rate limits lifted: GET one activation, and POST a destination connection. Only 2xx answers
# count. Every run gets a fresh mock (so the POST runs do not pile up state from earlier runs),
# warmed up before it is measured. Prints the median 2xx/s, the median p99 latency, the peak
# resident memory of the mock, and how they compare with the targets.
#
# Usage: bench/mock/run.sh              (from anywhere; builds the mock first)
# Knobs: RUNS=5 DURATION=10 WARMUP=5 THREADS=2 SKIP_BUILD=1 MOCK_JAVA_OPTS="..."
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
export BENCH_DIR
RUNS="${RUNS:-5}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-5}"
THREADS="${THREADS:-2}"
CONNECTIONS=32
# The POST workload keeps every connection it creates. A fixed heap (-Xms = -Xmx) spares the parallel
# collector the full collections it runs to grow a small one (50-90 ms each), the bound keeps the
# resident size in check, and a small young generation keeps the young pauses short.
MOCK_JAVA_OPTS="${MOCK_JAVA_OPTS:--Xms384m -Xmx384m -Xmn64m -XX:+UseParallelGC -Dfile.encoding=UTF-8}"
OUT="$BENCH_DIR/target"
# targets: 10x what Prism 5.14 served on this kind of machine (3,100 GET/s, 1,100 POST/s)
PRISM_GET=3100
PRISM_POST=1100
TARGET_P99_MS=10
TARGET_RSS_MIB=512

# 1. the load generator (Debian's wrk)
if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk from the Debian packages"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get install -y wrk >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; }
fi

mkdir -p "$OUT"

# 2. the mock and its runtime classpath
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  echo "building the mock (mvn -pl mock-server -am install -DskipTests)"
  (cd "$ROOT" && mvn -B -q -ntp -pl mock-server -am install -DskipTests)
fi
(cd "$ROOT" && mvn -B -q -ntp -pl mock-server dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null)
CLASSPATH_MOCK="$ROOT/mock-server/target/classes:$(cat "$OUT/classpath.txt")"

MOCK_PID=""
BASE_URL=""

stop_mock() {
  if [ -n "$MOCK_PID" ] && kill -0 "$MOCK_PID" 2>/dev/null; then
    kill "$MOCK_PID"
    wait "$MOCK_PID" 2>/dev/null || true
  fi
  MOCK_PID=""
}
trap stop_mock EXIT

start_mock() {
  # shellcheck disable=SC2086
  java $MOCK_JAVA_OPTS -cp "$CLASSPATH_MOCK" "$BENCH_DIR/BenchMockMain.java" >"$OUT/mock.log" 2>&1 &
  MOCK_PID=$!
  for _ in $(seq 1 120); do
    BASE_URL="$(grep -m1 '^http://' "$OUT/mock.log" || true)"
    if [ -n "$BASE_URL" ]; then return 0; fi
    if ! kill -0 "$MOCK_PID" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "the mock did not start; its output:" >&2
  cat "$OUT/mock.log" >&2
  exit 2
}

# peak resident set of the running mock, in KiB
peak_rss_kib() {
  awk '/^VmHWM:/ {print $2}' "/proc/$MOCK_PID/status"
}

# how busy the CPUs are over one second, before the mock and wrk start (other processes skew results)
cpu_busy_percent() {
  local a b
  a=($(head -1 /proc/stat))
  sleep 1
  b=($(head -1 /proc/stat))
  local idle=$(( (b[4] + b[5]) - (a[4] + a[5]) ))
  local total=0 i
  for i in 1 2 3 4 5 6 7 8; do total=$(( total + b[i] - a[i] )); done
  echo $(( total > 0 ? 100 * (total - idle) / total : 0 ))
}

median() {
  sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'
}

# run_workload NAME SCRIPT: RUNS measured runs, each on a fresh, warmed-up mock
run_workload() {
  local name="$1" script="$2" results="$OUT/$1.results"
  : >"$results"
  local peak=0
  for run in $(seq 1 "$RUNS"); do
    local busy
    busy="$(cpu_busy_percent)"
    if [ "$busy" -gt 20 ]; then
      echo "  note: the CPUs were ${busy}% busy before run $run (other processes); its figures will be low"
    fi
    start_mock
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/$script" "$BASE_URL" >/dev/null
    local line
    line="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s "$BENCH_DIR/$script" "$BASE_URL" | grep '^RESULT')"
    local rss
    rss="$(peak_rss_kib)"
    stop_mock
    if [ "$rss" -gt "$peak" ]; then peak="$rss"; fi
    local ok duration p99 non2xx errors
    ok="$(sed -E 's/.* ok=([0-9]+).*/\1/' <<<"$line")"
    non2xx="$(sed -E 's/.* non2xx=([0-9]+).*/\1/' <<<"$line")"
    errors="$(sed -E 's/.* socket_errors=([0-9]+).*/\1/' <<<"$line")"
    duration="$(sed -E 's/.* duration_us=([0-9]+).*/\1/' <<<"$line")"
    p99="$(sed -E 's/.* p99_us=([0-9]+).*/\1/' <<<"$line")"
    local rate
    rate="$(awk -v ok="$ok" -v d="$duration" 'BEGIN {printf "%.0f", ok / (d / 1000000)}')"
    printf '  %-16s run %d: %8s 2xx/s  p99 %6.2f ms  non-2xx %s  socket errors %s  peak RSS %d MiB\n' \
      "$name" "$run" "$rate" "$(awk -v p="$p99" 'BEGIN {print p / 1000}')" "$non2xx" "$errors" $((rss / 1024))
    echo "$rate $p99 $rss" >>"$results"
  done
  echo "$peak" >"$OUT/$name.peak"
}

echo "wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s measured, $RUNS runs per workload"
echo "mock JVM: $MOCK_JAVA_OPTS"
run_workload get-activation get-activation.lua
run_workload post-connection post-connection.lua

verdict=0
report() {
  local name="$1" label="$2" prism="$3"
  local rate p99_us peak_kib
  rate="$(awk '{print $1}' "$OUT/$name.results" | median)"
  p99_us="$(awk '{print $2}' "$OUT/$name.results" | median)"
  peak_kib="$(cat "$OUT/$name.peak")"
  local ratio p99_ms rss_mib ok_rate ok_p99 ok_rss
  ratio="$(awk -v r="$rate" -v p="$prism" 'BEGIN {printf "%.1f", r / p}')"
  p99_ms="$(awk -v p="$p99_us" 'BEGIN {printf "%.2f", p / 1000}')"
  rss_mib=$((peak_kib / 1024))
  ok_rate="$(awk -v r="$rate" -v p="$prism" 'BEGIN {print (r >= 10 * p) ? "yes" : "NO"}')"
  ok_p99="$(awk -v p="$p99_us" -v t="$TARGET_P99_MS" 'BEGIN {print (p < t * 1000) ? "yes" : "NO"}')"
  ok_rss="$( [ "$rss_mib" -lt "$TARGET_RSS_MIB" ] && echo yes || echo NO)"
  printf '%-16s median %8.0f 2xx/s (%5sx Prism, >= 10x: %s)  median p99 %6s ms (< %s ms: %s)  peak RSS %4d MiB (< %d: %s)\n' \
    "$label" "$rate" "$ratio" "$ok_rate" "$p99_ms" "$TARGET_P99_MS" "$ok_p99" "$rss_mib" "$TARGET_RSS_MIB" "$ok_rss"
  if [ "$ok_rate$ok_p99$ok_rss" != "yesyesyes" ]; then verdict=1; fi
}

echo
echo "summary ($RUNS runs each)"
report get-activation "GET activation" "$PRISM_GET"
report post-connection "POST connection" "$PRISM_POST"
exit "$verdict"
