#!/usr/bin/env bash
# Cold wall time of `send explain` and `send validate` on one record, against a JVM that reads the same
# file with plain Jackson, each the median of RUNS fresh JVMs, with and without an AppCDS archive.
#
#   ./mvnw -B -q -pl send-examples,send-benchmarks -am package -DskipTests
#   send-benchmarks/cold-start.sh [RUNS]          # default 7
#
# Times are wall-clock seconds of whole processes; the machine's other load shows in them, so compare
# the ratios of one run of this script, not times from different runs. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
SEND=send-examples/target/send.jar
BENCH=send-benchmarks/target/benchmarks.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for jar in "$SEND" "$BENCH"; do
  [ -f "$jar" ] || { echo "cold-start.sh: $jar is missing; build it first (see the comment at the top)" >&2; exit 2; }
done
RECORD="$WORK/essex.json"
unzip -p "$SEND" org/sendinspection/model/examples/essex.json > "$RECORD"

# One AppCDS archive of the classes either command loads: their class lists, merged, dumped once.
java -XX:DumpLoadedClassList="$WORK/explain.lst" -jar "$SEND" explain "$RECORD" --as-of 2023-01-01 >/dev/null 2>&1
java -XX:DumpLoadedClassList="$WORK/validate.lst" -jar "$SEND" validate "$RECORD" >/dev/null 2>&1
sort -u "$WORK/explain.lst" "$WORK/validate.lst" > "$WORK/send.lst"
java -Xshare:dump -XX:SharedClassListFile="$WORK/send.lst" -XX:SharedArchiveFile="$WORK/send.jsa" -cp "$SEND" \
  >/dev/null 2>&1
java -XX:ArchiveClassesAtExit="$WORK/baseline.jsa" -cp "$BENCH" org.sendinspection.benchmarks.ColdStartBaseline \
  "$RECORD" >/dev/null 2>&1

# median SECONDS... -> the median
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

# wall CMD... -> prints the median wall seconds of RUNS runs of CMD
wall() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f", (e-s)/1e9}')")
  done
  median "${times[@]}"
}

C1="-XX:TieredStopAtLevel=1"
CDS="-XX:SharedArchiveFile=$WORK/send.jsa"
BASE_CDS="-XX:SharedArchiveFile=$WORK/baseline.jsa"
base=$(wall java -cp "$BENCH" org.sendinspection.benchmarks.ColdStartBaseline "$RECORD")
base_cds=$(wall java $BASE_CDS $C1 -cp "$BENCH" org.sendinspection.benchmarks.ColdStartBaseline "$RECORD")
printf '%-52s %8s %8s\n' "what (median of $RUNS cold runs)" "wall s" "ratio"
printf '%-52s %8s %8s\n' "baseline: plain Jackson reads the file" "$base" "1.00"
row() {
  local name=$1; shift
  local t; t=$(wall "$@")
  printf '%-52s %8s %8s\n' "$name" "$t" "$(awk -v a="$t" -v b="$base" 'BEGIN {printf "%.2f", a/b}')"
}
row "send explain FILE" java -jar "$SEND" explain "$RECORD" --as-of 2023-01-01
row "send validate FILE" java -jar "$SEND" validate "$RECORD"
row "send explain FILE, AppCDS + C1 only" java $CDS $C1 -jar "$SEND" explain "$RECORD" --as-of 2023-01-01
row "send validate FILE, AppCDS + C1 only" java $CDS $C1 -jar "$SEND" validate "$RECORD"
printf '%-52s %8s %8s\n' "baseline with its own AppCDS + C1 only" "$base_cds" \
  "$(awk -v a="$base_cds" -v b="$base" 'BEGIN {printf "%.2f", a/b}')"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
