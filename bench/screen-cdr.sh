#!/usr/bin/env bash
# Bulk call-record screening against 'grep -F -f watchlist.txt' over the same file, in the same run.
# Usage: bench/screen-cdr.sh [ROWS] [LISTED]   (default 10000000 call records, 1000000 listed numbers)
# Generates (seeded) a watch list of LISTED phone numbers as a node's CSV export and as the digits
# for grep, and ROWS call records with numbers in mixed written forms (bare international digits,
# +, 00, Thai national) and about 0.1 % of rows with a listed number; then times the engine in one
# JVM (screening only, list loaded first, median of three passes), 'mekong screen' end to end
# (JVM start and list load included; run from a copy of the node's jar) and grep. Needs JAVA_HOME
# pointing at a JDK 21 or newer and about 1 GB of temporary disk for 10 million rows.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-10000000}"
LISTED="${2:-1000000}"
source bench/prepare.sh screen-cdr
# (removed first: an unchanged server module does not repackage a core that changed)
rm -f server/target/mekong.jar
./mvnw -B -q -pl server -am package -DskipTests -Dspotless.check.skip=true
# Copies of the jars: a rebuild of the working tree meanwhile does not change what is measured.
cp bench/target/benchmarks.jar "$WORK/benchmarks.jar"
cp server/target/mekong.jar "$WORK/mekong.jar"
BENCH=("$JAVA_HOME/bin/java" -Xms4g -Xmx4g -cp "$WORK/benchmarks.jar" org.mekong.bench.ScreenCdrBench)
MEKONG=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$WORK/mekong.jar")

"${BENCH[@]}" generate "$WORK" "$ROWS" "$LISTED"
ls -l "$WORK"

seconds() { python3 -c "import time;print(time.time())"; }

echo "engine (in one JVM) ..."
"${BENCH[@]}" screen "$WORK" | tee "$WORK/engine.txt"

echo "./mekong screen ..."
t0=$(seconds)
"${MEKONG[@]}" screen --format cdr --region TH --list "$WORK/list.csv" --quiet --output /dev/null \
  "$WORK/cdr.csv" 2>"$WORK/cli.txt"
t1=$(seconds)
cat "$WORK/cli.txt"

echo "grep -F -f watchlist.txt ..."
t2=$(seconds)
grep -F -f "$WORK/watchlist.txt" "$WORK/cdr.csv" >"$WORK/grep.txt" || true
t3=$(seconds)
echo "grep: $(wc -l <"$WORK/grep.txt") matching lines"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$ROWS" "$t0" "$t1" "$t2" "$t3" "$WORK/engine.txt" "$WORK/cli.txt" <<'PY'
import re, sys
rows = int(sys.argv[1])
t0, t1, t2, t3 = map(float, sys.argv[2:6])
engine = open(sys.argv[6]).read()
m = re.search(r"median of 3 passes: screened in ([0-9.]+) s", engine)
engine_s = float(m.group(1))
cli_s, grep_s = t1 - t0, t3 - t2
cli = open(sys.argv[7]).read()
load_s = float(re.search(r"loaded in ([0-9.]+) s", cli).group(1))
screen_s = float(re.search(r"rows \([0-9,]+ bytes\) in ([0-9.]+) s", cli).group(1))
e, c, g = rows / engine_s, rows / cli_s, rows / grep_s
print(f"engine (median of 3 passes)       {rows:,} rows in {engine_s:6.1f} s: {e:12,.0f} rows/s")
print(f"./mekong screen (end to end)    {rows:,} rows in {cli_s:6.1f} s: {c:12,.0f} rows/s")
print(f"  of which: list load {load_s:.1f} s, screening {screen_s:.1f} s ({rows / screen_s:,.0f} rows/s),"
      f" JVM start and the rest {cli_s - load_s - screen_s:.1f} s")
print(f"grep -F -f watchlist.txt        {rows:,} rows in {grep_s:6.1f} s: {g:12,.0f} rows/s")
print(f"ratio engine / grep = {e/g:.1f}x; ./mekong screen / grep = {c/g:.1f}x"
      f" (its screening phase alone: {rows / screen_s / g:.1f}x);"
      f" engine against the 2,000,000 rows/s goal: {e/2e6:.2f}")
PY
