#!/usr/bin/env bash
# Bulk call-record screening against 'grep -F -f watchlist.txt' over the same file, in the same run.
# Usage: bench/screen-cdr.sh [ROWS] [LISTED]   (default 10000000 call records, 1000000 listed numbers)
# Generates (seeded) a watch list of LISTED phone numbers as a node's CSV export and as the digits
# for grep, and ROWS call records with numbers in mixed written forms (bare international digits,
# +, 00, Thai national) and about 0.1 % of rows with a listed number; then times the engine in one
# JVM (screening only, list loaded first, median of three passes), 'mekong screen' end to end
# (JVM start and list load included; through ./mekong) and grep, three runs each taking turns, best
# against best. Needs JAVA_HOME pointing at a JDK 21 or newer and about 1 GB of temporary disk for
# 10 million rows.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-10000000}"
LISTED="${2:-1000000}"
source bench/lib/node.sh screen-cdr
bench_jar
# (removed first: an unchanged server module does not repackage a core that changed)
rm -f server/target/mekong.jar
./mvnw -B -q -pl server -am package -DskipTests -Dspotless.check.skip=true
# A copy of the benchmark jar: a rebuild of the working tree meanwhile does not change what is
# measured. The command line is run as users run it, through ./mekong (its JVM flags, the jar
# extracted once, the class-data archive made by a first short run on the first 1,000 records).
cp bench/target/benchmarks.jar "$WORK/benchmarks.jar"
BENCH=("$JAVA_HOME/bin/java" -Xms4g -Xmx4g -cp "$WORK/benchmarks.jar" org.mekong.bench.ScreenCdrBench)
MEKONG=(./mekong screen --format cdr --region TH --list "$WORK/list.csv" --quiet --output /dev/null)

"${BENCH[@]}" generate "$WORK" "$ROWS" "$LISTED"
ls -l "$WORK"

# Runs a command and appends "wall_seconds cpu_seconds" (user + sys of its processes) to $1.
timed() {
  local record="$1"; shift
  python3 - "$record" "$@" <<'PY'
import os, subprocess, sys, time
t0 = time.time()
subprocess.run(sys.argv[2:])
wall = time.time() - t0
u = os.times()
open(sys.argv[1], "a").write(f"{wall} {u.children_user + u.children_system}\n")
PY
}

echo "engine (in one JVM) ..."
"${BENCH[@]}" screen "$WORK" | tee "$WORK/engine.txt"

head -1001 "$WORK/cdr.csv" >"$WORK/first.csv"
"${MEKONG[@]}" "$WORK/first.csv" 2>/dev/null
# Each side three times, taking turns, so that both meet the same minutes of a machine whose speed
# drifts; best against best.
for run in 1 2 3; do
  echo "./mekong screen (run $run of 3) ..."
  timed "$WORK/cli-times.txt" "${MEKONG[@]}" "$WORK/cdr.csv" 2>"$WORK/cli-$run.txt"
  grep -v '^ ' "$WORK/cli-$run.txt"
  echo "grep -F -f watchlist.txt (run $run of 3) ..."
  timed "$WORK/grep-times.txt" sh -c 'grep -F -f "$1" "$2" >"$3"; true' grep \
    "$WORK/watchlist.txt" "$WORK/cdr.csv" "$WORK/grep.txt"
done
echo "grep: $(wc -l <"$WORK/grep.txt") matching lines"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$ROWS" "$WORK" <<'PY'
import re, sys
rows, work = int(sys.argv[1]), sys.argv[2]
engine = open(f"{work}/engine.txt").read()
engine_s = float(re.search(r"median of 3 passes: screened in ([0-9.]+) s", engine).group(1))
runs = [tuple(map(float, l.split())) for l in open(f"{work}/cli-times.txt")]
best = min(range(len(runs)), key=lambda i: runs[i][0])
cli_s, cli_cpu = runs[best]
greps = [tuple(map(float, l.split())) for l in open(f"{work}/grep-times.txt")]
grep_s, grep_cpu = min(greps)
cli = open(f"{work}/cli-{best + 1}.txt").read()
load_s = float(re.search(r"loaded in ([0-9.]+) s", cli).group(1))
screen_s = float(re.search(r"rows \([0-9,]+ bytes\) in ([0-9.]+) s", cli).group(1))
e, c, g = rows / engine_s, rows / cli_s, rows / grep_s
print(f"engine (median of 3 passes)       {rows:,} rows in {engine_s:6.1f} s: {e:12,.0f} rows/s")
print(f"./mekong screen (best of 3)     {rows:,} rows in {cli_s:6.2f} s: {c:12,.0f} rows/s"
      f"  (CPU {cli_cpu:.1f} s; all runs: "
      + ", ".join(f"{w:.2f} s" for w, _ in runs) + ")")
print(f"  of which: list load {load_s:.1f} s, screening {screen_s:.1f} s ({rows / screen_s:,.0f} rows/s),"
      f" JVM start and the rest {cli_s - load_s - screen_s:.1f} s")
print(f"grep -F -f watchlist.txt (best of 3) {rows:,} rows in {grep_s:6.2f} s: {g:12,.0f} rows/s"
      f"  (CPU {grep_cpu:.1f} s; all runs: " + ", ".join(f"{w:.2f} s" for w, _ in greps) + ")")
print(f"ratio engine / grep = {e/g:.1f}x; ./mekong screen / grep = {c/g:.2f}x end to end"
      f" (its screening phase alone: {rows / screen_s / g:.1f}x; in CPU time {grep_cpu / cli_cpu:.1f}x);"
      f" engine against the 2,000,000 rows/s goal: {e/2e6:.2f}")
PY
