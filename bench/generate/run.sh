#!/usr/bin/env bash
# Benchmark of client generation and compilation, per language.
#
# For java, typescript and go, RUNS times (default 3): `contract generate --lang L` in a fresh JVM
# as a user runs it (JVM start included), then the compile of what it wrote with that language's
# own toolchain, from scratch each time:
#   java        javac --release 17 of the generated sources, class path = the CLI's lib/ (Jackson,
#               jackson-databind-nullable, jakarta.annotation)
#   typescript  tsc -p tsconfig.json of the generated package (tsc pinned by
#               client-languages/src/test/resources/toolchains/typescript/package-lock.json, npm ci)
#   go          go build ./... with an empty build cache (GOCACHE in a fresh folder, GOPROXY=off)
# Prints each run and the medians. Needs a JDK, node + npm and go (see README, "Regenerating clients").
#
#   bench/generate/run.sh             # 3 runs
#   RUNS=5 bench/generate/run.sh      # more runs
#   BUILD=1 bench/generate/run.sh     # rebuild the CLI first
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-3}
JAVA_OPTS=${JAVA_OPTS-"-Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}
JAR=cli/target/contract-cli.jar
if [[ ! -f $JAR || ${BUILD:-0} == 1 ]]; then
  echo "building the CLI ..."
  mvn -B -q -ntp -pl cli -am package -DskipTests
fi
for tool in javac node npm go; do
  command -v "$tool" > /dev/null || { echo "$tool is missing: see README, Regenerating clients"; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "installing tsc (npm ci) ..."
mkdir -p "$tmp/tsc"
cp client-languages/src/test/resources/toolchains/typescript/package{,-lock}.json "$tmp/tsc/"
(cd "$tmp/tsc" && npm ci --no-audit --no-fund --ignore-scripts > /dev/null)
TSC="$tmp/tsc/node_modules/typescript/bin/tsc"

compile() {
  local lang=$1 dir=$2
  case $lang in
    java)
      find "$dir/src/main/java" -name '*.java' > "$dir/sources.txt"
      javac --release 17 -proc:none -nowarn -XDsuppressNotes -encoding UTF-8 -d "$dir/classes" -cp "cli/target/lib/*" @"$dir/sources.txt" ;;
    typescript)
      (cd "$dir" && node "$TSC" -p tsconfig.json) ;;
    go)
      (cd "$dir" && GOCACHE="$dir/.gocache" GOPROXY=off GOFLAGS=-mod=mod go build ./...) ;;
  esac
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), node $(node --version), $(go version | cut -d' ' -f3), tsc $(node "$TSC" --version | cut -d' ' -f2)"
printf '%-11s %-4s %14s %11s %6s\n' language run generate_ms compile_ms files
for lang in java typescript go; do
  : > "$tmp/$lang.generate"; : > "$tmp/$lang.compile"
  for i in $(seq 1 "$RUNS"); do
    out="$tmp/$lang-$i"
    start=$(now_ms)
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -jar "$JAR" generate --lang "$lang" --out "$out" > "$tmp/$lang-$i.log"
    generate=$(( $(now_ms) - start ))
    files=$(sed -n 's/.*(\([0-9]*\) files)$/\1/p' "$tmp/$lang-$i.log")
    start=$(now_ms)
    compile "$lang" "$out"
    compile=$(( $(now_ms) - start ))
    printf '%-11s %-4s %14s %11s %6s\n' "$lang" "$i" "$generate" "$compile" "$files"
    echo "$generate" >> "$tmp/$lang.generate"; echo "$compile" >> "$tmp/$lang.compile"
  done
done
echo "medians of $RUNS:"
for lang in java typescript go; do
  printf '  %-11s generate %6s ms   compile %6s ms\n' "$lang" "$(median < "$tmp/$lang.generate")" "$(median < "$tmp/$lang.compile")"
done
