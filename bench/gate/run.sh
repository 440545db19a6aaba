#!/usr/bin/env bash
# Benchmark of `./contract gate` on a pull request that changes one line of the document.
#
# Builds a throwaway git repository holding the project's spec (the base commit), then runs the
# gate RUNS+1 times (default RUNS=5), each in a fresh JVM as CI would, each after a different
# one-line change of the working tree's document (a description), so every run really regenerates,
# compiles and compares the revision's client. The first run is cold (nothing kept from before: the
# base's client is built too); the others are warm (the CLI is built and the base's client is kept
# in the report folder, as on a pull request's later pushes or a CI cache). Prints each run's wall
# time and the gate's own time per step, then the median of the warm runs. Loopback only.
#
#   bench/gate/run.sh               # 1 cold + 5 warm runs
#   RUNS=9 bench/gate/run.sh        # more warm runs
#   BUILD=1 bench/gate/run.sh       # rebuild the CLI first
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

RUNS=${RUNS:-5}
if [[ ${BUILD:-0} == 1 ]]; then
  touch cli/pom.xml   # the launcher rebuilds when a source is newer than the jar
fi
./contract --version > /dev/null   # builds the CLI when missing or stale; not timed

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
repo="$tmp/repo"
mkdir -p "$repo/spec"
git -C "$repo" init -q -b main
git -C "$repo" config user.email bench@example.invalid
git -C "$repo" config user.name bench
git -C "$repo" config commit.gpgsign false
cp spec/activations.yaml "$repo/spec/activations.yaml"
git -C "$repo" add spec && git -C "$repo" commit -q -m base

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "change per run: one description line of $(grep -c '' spec/activations.yaml)-line spec/activations.yaml"
: > "$tmp/warm"
for i in $(seq 0 "$RUNS"); do
  # one line changed: the description of the create-activation request body, different every run
  sed "s/description: Creates an activation on a connection\./description: Creates an activation on a connection (run $i)./" \
    spec/activations.yaml > "$repo/spec/activations.yaml"
  [[ $(git -C "$repo" diff --numstat | awk '{ print $1 }') == 1 ]] || { echo "the change is not one line" >&2; exit 1; }
  start=$(now_ms)
  set +e
  "$root/contract" gate --base HEAD --spec "$repo/spec/activations.yaml" --report-dir "$tmp/reports" \
    --pacts "$repo/pacts" --summary "$tmp/summary.md" > "$tmp/out" 2>&1
  code=$?
  set -e
  ms=$(( $(now_ms) - start ))
  if [[ $code != 0 ]]; then
    echo "run $i: the gate exited $code" >&2
    cat "$tmp/out" >&2
    exit 1
  fi
  steps=$(sed -n 's/^  [a-z]* *\(.*\) (\([0-9.]*\) s)$/\1=\2s/p' "$tmp/out" | sed 's/  .*=/=/' | tr '\n' ' ')
  if [[ $i == 0 ]]; then
    printf 'cold  %6d ms  %s\n' "$ms" "$steps"
  else
    printf 'warm%d %6d ms  %s\n' "$i" "$ms" "$steps"
    echo "$ms" >> "$tmp/warm"
  fi
done
echo "median of $RUNS warm runs: $(median < "$tmp/warm") ms (goal: at most 60000 ms)"
