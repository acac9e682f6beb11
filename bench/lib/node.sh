# Sourced by every benchmark script after `cd` to the repository. Usage: source bench/lib/node.sh NAME
# Gives a scratch directory $WORK (mekong-bench-NAME.*), removed on exit together with the node in
# $NODE if one was started; refuses to run without JAVA_HOME (a JDK 21 or newer) and prints the
# machine's cores, memory and load. Then, as a script needs them:
#   bench_jar                  builds bench/target/benchmarks.jar (and what it depends on)
#   start_node ARGS...         `mekong demo --data $WORK/node --port $PORT ARGS...` (see launch_node);
#                              with BENCH_JAR=1 the node runs from server/target/mekong.jar as
#                              built, instead of through ./mekong (which rebuilds stale sources)
#   "${MEKONG[@]}" ARGS...     ./mekong, or the built jar with BENCH_JAR=1 (an array, so that a
#                              node started in the background is the process in $NODE)
#   launch_node DIR LINE CMD   runs CMD in the background as $NODE (output in $WORK/node.log) and
#                              waits until it prints LINE and DIR/credentials.json exists; then
#                              PGPORT and PSQL (an array: psql on the node's database) are set
#   stop_node                  stops $NODE and waits for it
#   agency_key ID [DIR]        the API key of agency ID in DIR/credentials.json ($WORK/node)
#   admin_key [DIR]            the admin API key in DIR/credentials.json ($WORK/node)
#   seconds                    the wall clock in seconds, with decimals
# Run the benchmarks with nothing rebuilding server/target/mekong.jar meanwhile: the node loads
# classes from it lazily.
WORK="$(mktemp -d "${TMPDIR:-/tmp}/mekong-bench-$1.XXXXXX")"
NODE=""
cleanup() {
  stop_node
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [[ -z "${JAVA_HOME:-}" ]]; then
  echo "JAVA_HOME must point at a JDK 21 or newer" >&2
  exit 2
fi
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GB; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

MEKONG=(./mekong)
# The flags ./mekong gives every JVM it starts (docs/decisions/0060), for a node started from the jar.
NO_LOOP_PREDICATION=(-XX:-UseLoopPredicate -XX:-UseProfiledLoopPredicate)
if [[ "${BENCH_JAR:-}" == 1 ]]; then
  # shellcheck disable=SC2206 # NODE_JAVA_OPTS holds several options
  MEKONG=("$JAVA_HOME/bin/java" "${NO_LOOP_PREDICATION[@]}" ${NODE_JAVA_OPTS:-} -jar server/target/mekong.jar)
fi

seconds() { python3 -c "import time;print(time.time())"; }

bench_jar() {
  ./mvnw -B -q -pl bench -am package -DskipTests
}

start_node() {
  if [[ "${BENCH_JAR:-}" == 1 ]]; then
    # shellcheck disable=SC2206 # NODE_JAVA_OPTS holds several options
    MEKONG=("$JAVA_HOME/bin/java" "${NO_LOOP_PREDICATION[@]}" ${NODE_JAVA_OPTS:-} -jar server/target/mekong.jar)
  fi
  launch_node "$WORK/node" "demo node is up" "${MEKONG[@]}" demo --data "$WORK/node" --port "$PORT" "$@"
}

launch_node() {
  local dir="$1" line="$2"
  shift 2
  "$@" >"$WORK/node.log" 2>&1 &
  NODE=$!
  for _ in $(seq 1 900); do
    if grep -q "$line" "$WORK/node.log" && [[ -f "$dir/credentials.json" ]]; then
      if [[ -f "$dir/postgres/postmaster.pid" ]]; then
        PGPORT=$(sed -n 4p "$dir/postgres/postmaster.pid")
        PSQL=(psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres postgres)
      fi
      return 0
    fi
    kill -0 "$NODE" 2>/dev/null || { cat "$WORK/node.log" >&2; exit 1; }
    sleep 1
  done
  echo "the node did not come up within 15 minutes" >&2
  exit 1
}

stop_node() {
  if [[ -n "$NODE" ]]; then
    kill "$NODE" 2>/dev/null || true
    wait "$NODE" 2>/dev/null || true
    NODE=""
  fi
}

agency_key() {
  python3 -c "import json,sys;print([a for a in json.load(open(sys.argv[1]))['agencies'] if a['id']==sys.argv[2]][0]['apiKey'])" \
    "${2:-$WORK/node}/credentials.json" "$1"
}

admin_key() {
  python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['adminApiKey'])" "${1:-$WORK/node}/credentials.json"
}
