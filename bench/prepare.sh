# Sourced by the benchmark scripts after `cd` to the repository: a scratch directory $WORK removed
# on exit together with the process in $NODE (if one was started), a JDK check, the machine's
# cores, memory and load, and the benchmark jar built.
# Usage: source bench/prepare.sh NAME
WORK="$(mktemp -d "${TMPDIR:-/tmp}/mekong-bench-$1.XXXXXX")"
NODE=""
cleanup() {
  if [[ -n "$NODE" ]]; then
    kill "$NODE" 2>/dev/null || true
    wait "$NODE" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [[ -z "${JAVA_HOME:-}" ]]; then
  echo "JAVA_HOME must point at a JDK 21 or newer" >&2
  exit 2
fi
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GB; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q -pl bench -am package -DskipTests

# Starts a demo node on $PORT with its data in $WORK/node (further arguments go to `mekong demo`,
# e.g. --indicators 0) and waits until it is up; its process is $NODE. Run the benchmarks with
# nothing rebuilding server/target/mekong.jar meanwhile: the node loads classes from it lazily.
start_node() {
  ./mekong demo --data "$WORK/node" --port "$PORT" "$@" >"$WORK/node.log" 2>&1 &
  NODE=$!
  for _ in $(seq 1 900); do
    grep -q "demo node is up" "$WORK/node.log" && return 0
    kill -0 "$NODE" 2>/dev/null || { cat "$WORK/node.log" >&2; exit 1; }
    sleep 1
  done
  echo "the demo node did not come up within 15 minutes" >&2
  exit 1
}
