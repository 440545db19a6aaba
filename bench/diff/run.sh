#!/usr/bin/env bash
# Times the breaking-change gate against openapi-diff-core 2.1.7 alone on the same pairs, in one JVM:
# the two largest vendor documents (shared/reference/vendor-history, 1.2 MB each), a breaking vendor
# pair, and the project's spec against itself. Median of 5 after 3 warm-up runs; goal: ratio <= 1.5.
# Usage: bench/diff/run.sh [VENDOR_HISTORY_DIR]   (default: ../shared/reference/vendor-history)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
vendor=${1:-}
if [[ -z "$vendor" ]]; then
  for dir in "$root" "$root/.." "$root/../.."; do
    if [[ -d "$dir/../shared/reference/vendor-history" ]]; then vendor="$dir/../shared/reference/vendor-history"; break; fi
  done
fi
if [[ -z "$vendor" || ! -d "$vendor" ]]; then
  echo "bench/diff: vendor-history directory not found; pass it as the first argument" >&2
  exit 2
fi
mvn -B -ntp -q -pl gate -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test -Dstyle.color=never >/dev/null
cp="gate/target/test-classes:gate/target/classes:$(cat gate/target/bench-classpath.txt)"
java -Xmx1g -cp "$cp" io.activations.contract.gate.DiffBenchmark "$vendor" spec/activations.yaml
