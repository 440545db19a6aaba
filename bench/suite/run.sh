#!/usr/bin/env bash
# Benchmark of the contract suite against the embedded mock.
#
# Runs `contract verify` RUNS times (default 5), each in a fresh JVM, as a user or CI would, and
# prints per run: cases, checks, requests, the wall time of the suite itself (planning, the
# validator self-check, every case and the cleanup, as measured inside the run), and the whole
# process. JVM start is measured on its own (`contract --version`: JVM plus the CLI, no spec).
# The rest of a process is loading the spec, starting the mock and writing the reports.
# Ends with the medians. Loopback only; nothing leaves the machine.
#
#   bench/suite/run.sh               # 5 runs
#   RUNS=9 bench/suite/run.sh        # more runs
#   BUILD=1 bench/suite/run.sh       # rebuild the CLI first
#   JAVA_OPTS= bench/suite/run.sh    # the JVM's default JIT instead of the launcher's options
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-5}
# the JVM options the `contract` launcher gives a verify run
JAVA_OPTS=${JAVA_OPTS-"-Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}
JAR=cli/target/contract-cli.jar
if [[ ! -f $JAR || ${BUILD:-0} == 1 ]]; then
  echo "building the CLI ..."
  mvn -B -q -ntp -pl cli -am package -DskipTests
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
summary() { sed -n "s/^    \"$1\" : \([0-9]*\),\{0,1\}$/\1/p" "$2" | head -1; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}"
printf '%-4s %6s %7s %8s %9s %11s %10s\n' run cases checks requests suite_ms process_ms jvm_ms
: > "$tmp/suite" ; : > "$tmp/process" ; : > "$tmp/jvm"
for i in $(seq 1 "$RUNS"); do
  start=$(now_ms)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$JAR" --version > /dev/null
  jvm=$(( $(now_ms) - start ))

  start=$(now_ms)
  set +e
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$JAR" verify --report-dir "$tmp/run$i" > "$tmp/run$i.log" 2>&1
  code=$?
  set -e
  process=$(( $(now_ms) - start ))
  if [[ $code -ne 0 ]]; then
    echo "run $i: contract verify exited $code"; tail -25 "$tmp/run$i.log"; exit 1
  fi
  json="$tmp/run$i/contract-report.json"
  cases=$(summary cases "$json"); checks=$(summary checks "$json")
  requests=$(summary requests "$json"); suite=$(summary durationMs "$json")
  printf '%-4s %6s %7s %8s %9s %11s %10s\n' "$i" "$cases" "$checks" "$requests" "$suite" "$process" "$jvm"
  echo "$suite" >> "$tmp/suite"; echo "$process" >> "$tmp/process"; echo "$jvm" >> "$tmp/jvm"
done
echo "median: suite $(median < "$tmp/suite") ms, process $(median < "$tmp/process") ms, JVM start $(median < "$tmp/jvm") ms" \
  "($cases cases, $checks checks, $requests requests per run; last line of the last run: $(tail -1 "$tmp/run$RUNS.log"))"
