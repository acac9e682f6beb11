#!/usr/bin/env bash
# Server time of every console page at N indicators in the registry (default 10,000,000), as an
# analyst of th-ccib logged in: p50/p95/p99/max of each page over keep-alive requests, and
# search-as-you-type as htmx sends it (HX-Request), for selectors and for names. The floor on the
# same connection is /actuator/health (no session, no database). Goals: p95 < 200 ms per page,
# search-as-you-type < 100 ms.
# Usage: bench/console-pages.sh [INDICATORS]   (default 10000000)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000000}"
CHUNK=1000000
REPEAT="${BENCH_REPEAT:-300}"
PORT="${BENCH_PORT:-18193}"
source bench/lib/node.sh console

start_node --indicators 0
echo "node on port $PORT, PostgreSQL $("${PSQL[@]}" -c 'SHOW server_version') on port $PGPORT"

source bench/lib/load-indicators.sh
T_LOAD=$(seconds)
load_indicators "$N" "$CHUNK"
printf 'loaded and vacuumed in %.0f s\n' "$(python3 -c "print($T_LOADED - $T_LOAD)")"
echo "indicators in the registry: $("${PSQL[@]}" -c 'SELECT count(*) FROM indicator')"

python3 - "$PORT" "$WORK/node/credentials.json" "$N" "$REPEAT" <<'PY'
import hashlib, http.client, json, random, re, sys, time, urllib.parse, uuid
port, credentials, n, repeat = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
users = json.load(open(credentials))["users"]
user = next(u for u in users if u["agency"] == "th-ccib" and u["role"] == "analyst")
rnd = random.Random(20261206)
conn = http.client.HTTPConnection("127.0.0.1", port)
cookies = {}

def send(method, path, body=None, headers=None):
    h = dict(headers or {})
    if cookies:
        h["Cookie"] = "; ".join(k + "=" + v for k, v in cookies.items())
    t = time.perf_counter_ns()
    conn.request(method, path, body=body, headers=h)
    resp = conn.getresponse()
    data = resp.read()
    elapsed = time.perf_counter_ns() - t
    for name, value in resp.getheaders():
        if name.lower() == "set-cookie":
            k, v = value.split(";", 1)[0].split("=", 1)
            cookies[k] = v
    return resp.status, data.decode("utf-8", "replace"), elapsed

status, page, _ = send("GET", "/login")
csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
form = urllib.parse.urlencode({"username": user["username"], "password": user["password"], "_csrf": csrf})
status, _, _ = send("POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
if status != 302:
    raise SystemExit("login failed: %d" % status)

# Selector s of indicator i as bench/lib/load-indicators.sh lays them out.
def indicator(i):
    b, r = divmod(i, 43)
    s = 40 * b if r < 3 else 40 * b + 1 if r < 5 else 40 * b + r - 3
    return "indicator--" + str(uuid.UUID(hashlib.md5(("bench-indicator-%d" % i).encode()).hexdigest())), "+668%08d" % (s * 7919 % 100000000)

def q(text):
    return urllib.parse.quote(text, safe="")

names = ["Saw Chit Thu", "ซอ ชิต ตู", "佘智江", "She Zhijiang", "Wang Xiaohong", "Nguyen Van An", "Aung Myo Min"]
pages = [
    ("home", lambda: "/"),
    ("search page, selector", lambda: "/console/search?q=" + q(indicator(rnd.randrange(n))[1])),
    ("indicator page", lambda: "/console/indicators/" + indicator(rnd.randrange(n))[0]),
    ("publish form", lambda: "/console/publish"),
    ("alerts", lambda: "/console/alerts"),
    ("federation", lambda: "/console/federation"),
    ("border check form", lambda: "/console/border"),
    ("requests", lambda: "/console/requests"),
    ("send a request form", lambda: "/console/requests/new"),
    ("bulk import form", lambda: "/console/import"),
    ("cases", lambda: "/console/cases"),
    ("manifests", lambda: "/console/manifests"),
    ("notices", lambda: "/console/notices"),
    ("entry bans", lambda: "/console/entry-bans"),
    ("network page", lambda: "/console/network?indicator=" + indicator(rnd.randrange(n))[0]),
    ("network data", lambda: "/console/network/graph?indicator=" + indicator(rnd.randrange(n))[0]),
    ("map page", lambda: "/console/map"),
    ("map data", lambda: "/console/map/sites"),
    ("statistics page", lambda: "/console/statistics"),
    ("statistics data", lambda: "/console/statistics/figures"),
]
typed = [
    ("as you type: selector", lambda: "/console/search?q=" + q(indicator(rnd.randrange(n))[1][: rnd.randrange(8, 13)])),
    ("as you type: name", lambda: "/console/search?q=" + q(rnd.choice(names)[: rnd.randrange(3, 12)])),
]

def pct(ns, p):
    ns = sorted(ns); return ns[min(len(ns) - 1, max(0, -(-len(ns) * p // 100) - 1))] / 1e6

def run(label, make, headers=None):
    times = []
    for _ in range(repeat):
        status, body, elapsed = send("GET", make(), headers=headers)
        if status != 200:
            raise SystemExit("%s -> %d %s" % (label, status, body[:300]))
        times.append(elapsed)
    print("| %s | %d | %.2f | %.2f | %.2f | %.1f |" % (label, repeat, pct(times, 50), pct(times, 95), pct(times, 99), max(times) / 1e6))

for label, make in pages + typed:   # warm-up of every code path
    for _ in range(max(20, repeat // 5)):
        send("GET", make(), headers={"HX-Request": "true"} if label.startswith("as you") else None)
print()
print("| page | requests | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---:|---:|---:|---:|---:|")
for label, make in pages:
    run(label, make)
for label, make in typed:
    run(label, make, {"HX-Request": "true"})
saved = dict(cookies); cookies.clear()
run("floor: /actuator/health", lambda: "/actuator/health")
PY
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
