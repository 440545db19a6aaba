#!/usr/bin/env bash
# Benchmark of a full run against a server with real time: `contract verify --base-url` against
# `contract mock` served over HTTP on loopback, with writes and bursts (every case that runs
# against a real server when allowed). Each run starts its own mock, so runs do not share rate
# limits. Prints per run the wall time of the verify process, its cases and the seconds it spent
# waiting for rate-limit windows, then the median.
#
#   bench/remote/run.sh                      # 3 runs, this checkout's CLI
#   RUNS=5 bench/remote/run.sh
#   PARALLEL=1 bench/remote/run.sh           # the runs side by side (they mostly wait)
#   JAR=/path/to/older/contract-cli.jar FLAGS= bench/remote/run.sh
#                                            # another build, e.g. one from before --allow-writes/--burst existed
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-3}
JAR=${JAR:-cli/target/contract-cli.jar}
FLAGS=${FLAGS---allow-writes --burst}
JAVA_OPTS=${JAVA_OPTS-"-Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}
if [[ ! -f $JAR ]]; then
  echo "building the CLI ..."
  mvn -B -q -ntp -pl cli -am package -DskipTests
fi

tmp=$(mktemp -d)
mocks=()
cleanup() {
  for pid in "${mocks[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

cat > "$tmp/fixtures.json" <<'JSON'
{"spaceId": "spa_9aQ1Lj62S4bomZKLF4DPqW", "audienceId": "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", "audienceType": "USERS",
 "destinationId": "dst_2yJ8pF4nQ6rT0vX3zB5cD7", "actionId": "5vKpRbHyM2f7Sx8Ab3nDqT",
 "connectionId": "ii_123456789", "activationId": "act_987654321"}
JSON
export ACTIVATIONS_API_TOKEN=mock-token-workspace-a

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

one_run() {
  local i=$1
  # shellcheck disable=SC2086
  java -jar "$JAR" mock --port 0 > "$tmp/mock$i.log" 2>&1 &
  local mock=$!
  echo "$mock" > "$tmp/mock$i.pid"
  local url=""
  for _ in $(seq 1 600); do
    url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$tmp/mock$i.log" | head -1)
    [[ -n $url ]] && break
    sleep 0.1
  done
  [[ -n $url ]] || { echo "run $i: the mock did not start"; cat "$tmp/mock$i.log"; return 1; }
  local start code
  start=$(now_ms)
  set +e
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$JAR" verify --base-url "$url" --fixtures "$tmp/fixtures.json" $FLAGS \
      --report-dir "$tmp/report$i" > "$tmp/run$i.log" 2>&1
  code=$?
  set -e
  echo $(( $(now_ms) - start )) > "$tmp/ms$i"
  echo "$code" > "$tmp/code$i"
  kill "$mock" 2>/dev/null || true
}

echo "machine: $(nproc) cores; $JAR; flags: ${FLAGS:-(none)}"
if [[ ${PARALLEL:-0} == 1 ]]; then
  for i in $(seq 1 "$RUNS"); do one_run "$i" & done
  wait
else
  for i in $(seq 1 "$RUNS"); do one_run "$i"; done
fi
printf '%-4s %6s %9s %s\n' run exit wall_s "waited / last line"
: > "$tmp/all"
for i in $(seq 1 "$RUNS"); do
  ms=$(cat "$tmp/ms$i")
  waited=$(sed -n 's/.*paced by the rate-limit headers: \([0-9]*\) s.*/\1 s waited/p' "$tmp/run$i.log" | head -1)
  printf '%-4s %6s %9.1f %s; %s\n' "$i" "$(cat "$tmp/code$i")" "$(echo "$ms / 1000" | bc -l)" "${waited:-?}" "$(tail -1 "$tmp/run$i.log")"
  echo "$ms" >> "$tmp/all"
done
echo "median: $(( $(median < "$tmp/all") / 1000 )) s over $RUNS runs"
