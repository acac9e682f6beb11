#!/usr/bin/env bash
# What PostgreSQL alone costs to store the rows of a bulk import, with no node in the way: the
# rows the importer writes for N new domain indicators, made beforehand as COPY text, loaded with
# `\copy` in transactions of 5,000 rows (PostgreSQL's cost is per row), from one connection and from
# two at once. Two tables are measured, each a copy of a registry table with all its indexes:
#   registry  indicator_version + indicator, as the migrations make them (what an import writes);
#   minimal   one table keyed by a uuid with an 8-byte hash of the selector and the change number
#             indexed: the least an indexed registry can keep (no history table, no text keys).
# Prints rows/s, PostgreSQL's CPU per indicator, and the share of the 100,000/s goal that
# PostgreSQL alone would leave room for on this machine's cores.
# Usage: bench/import-floor.sh [INDICATORS]   (default 1000000). Needs JAVA_HOME (JDK 21+), psql.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
BATCH=5000
PORT="${BENCH_PORT:-18196}"
source bench/lib/node.sh import-floor
bench_jar

start_node --indicators 0
PGPID=$(head -1 "$WORK/node/postgres/postmaster.pid")
echo "PostgreSQL $("${PSQL[@]}" -c 'SHOW server_version') on port $PGPORT"

echo "making the COPY text of $N indicators in batches of $BATCH ..."
mkdir -p "$WORK/rows"
python3 - "$N" "$BATCH" "$WORK/rows" <<'PY'
import hashlib, random, sys, uuid
n, batch, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
r = random.Random(20261129)
tlds = ["top", "xyz", "vip", "asia", "com", "cc", "shop"]
now = "2026-11-29 06:00:00+00"
reg = mini = None
for i in range(n):
    if i % batch == 0:
        if reg:
            reg.close(); mini.close()
        reg = open(f"{out}/registry-{i // batch:06d}.txt", "w")
        mini = open(f"{out}/minimal-{i // batch:06d}.txt", "w")
    key = "%s-%d.%s" % ("".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8)), i, r.choice(tlds))
    selector = uuid.uuid5(uuid.NAMESPACE_DNS, "domain:" + key)
    indicator = uuid.uuid5(selector, "th-ccib")
    reg.write("\t".join([
        f"indicator--{indicator}", "1", "domain", key, f"domain-name--{selector}", "{gambling}", "50",
        "green", "{}", "{}", "X4", "{}", "th-ccib", r"\N", "[]", now, r"\N", "f", now, now,
        str(10**9 + i)]) + "\n")
    h = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big", signed=True)
    mini.write("\t".join([
        str(indicator), str(h), "domain", key, "{gambling}", "50", "green", "{}", "X4", "{}",
        "th-ccib", r"\N", now, r"\N", "f", now, now, str(10**9 + i)]) + "\n")
reg.close(); mini.close()
PY

# Copies of the registry tables with every index, and the minimal table, in a schema the node
# does not read (its watch list follows public.indicator).
"${PSQL[@]}" <<'SQL'
CREATE SCHEMA floor;
CREATE TABLE floor.indicator_version (LIKE public.indicator_version INCLUDING ALL);
CREATE TABLE floor.indicator (LIKE public.indicator INCLUDING ALL);
CREATE TABLE floor.minimal (
    id uuid PRIMARY KEY, selector_hash bigint NOT NULL, selector_type text NOT NULL,
    selector_key text NOT NULL, categories text[] NOT NULL, confidence smallint NOT NULL,
    tlp text NOT NULL, handling text[] NOT NULL, evaluation text NOT NULL, recipients text[] NOT NULL,
    originator text NOT NULL, description text, valid_from timestamptz NOT NULL,
    valid_until timestamptz, revoked boolean NOT NULL, created timestamptz NOT NULL,
    modified timestamptz NOT NULL, change_seq bigint NOT NULL);
CREATE INDEX ON floor.minimal (selector_hash);
CREATE INDEX ON floor.minimal (change_seq);
SQL
REGISTRY_COLUMNS="id, version, selector_type, selector_key, selector_id, categories, confidence, tlp, handling, restrictions, evaluation, recipients, originator, description, external_refs, valid_from, valid_until, revoked, created, modified, change_seq"
MINIMAL_COLUMNS="id, selector_hash, selector_type, selector_key, categories, confidence, tlp, handling, evaluation, recipients, originator, description, valid_from, valid_until, revoked, created, modified, change_seq"

pg_cpu() {
  python3 - "$PGPID" <<'PY'
import os, sys
pg, total = sys.argv[1], 0
for pid in os.listdir("/proc"):
    if not pid.isdigit():
        continue
    try:
        with open(f"/proc/{pid}/stat") as f:
            s = f.read().rsplit(")", 1)[1].split()
    except OSError:
        continue
    if pid == pg:
        total += sum(int(x) for x in s[11:15])
    elif s[1] == pg:
        total += int(s[11]) + int(s[12])
print(total / os.sysconf("SC_CLK_TCK"))
PY
}

# One psql per stream; stream k of S loads every S-th batch, each \copy its own transaction.
load() { # KIND STREAMS -> prints "wall cpu"
  local kind=$1 streams=$2 pids=() k
  "${PSQL[@]}" -c "TRUNCATE floor.indicator_version, floor.indicator, floor.minimal; CHECKPOINT"
  local c0 t0 t1 c1
  c0=$(pg_cpu); t0=$(seconds)
  for ((k = 0; k < streams; k++)); do
    (
      i=0
      for f in "$WORK/rows/$kind"-*.txt; do
        if ((i % streams == k)); then
          if [[ $kind == registry ]]; then
            echo "\\copy floor.indicator_version ($REGISTRY_COLUMNS) from '$f'"
            echo "\\copy floor.indicator ($REGISTRY_COLUMNS) from '$f'"
          else
            echo "\\copy floor.minimal ($MINIMAL_COLUMNS) from '$f'"
          fi
        fi
        i=$((i + 1))
      done
    ) | "${PSQL[@]}" &
    pids+=($!)
  done
  for k in "${pids[@]}"; do wait "$k"; done
  t1=$(seconds); c1=$(pg_cpu)
  echo "$(python3 -c "print($t1 - $t0)") $(python3 -c "print($c1 - $c0)")"
}

CORES=$(nproc)
report() { # LABEL WALL CPU
  python3 - "$1" "$2" "$3" "$N" "$CORES" <<'PY'
import sys
label, wall, cpu, n, cores = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
per = cpu / n * 1e6
ceiling = n / (cpu / cores)
print(f"{label:38s} {n / wall:>9,.0f}/s  PostgreSQL CPU {per:5.1f} us/indicator  "
      f"all {cores} cores for PostgreSQL alone: at most {ceiling:>9,.0f}/s = {ceiling / 100000:.2f} of 100,000/s")
PY
}
for kind in registry minimal; do
  for streams in 1 2; do
    read -r wall cpu < <(load "$kind" "$streams")
    report "$kind, $streams connection(s)" "$wall" "$cpu"
  done
done
