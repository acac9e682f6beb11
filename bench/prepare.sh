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
