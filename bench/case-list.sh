#!/usr/bin/env bash
# Server time of the console's case list at N cases (default 100,000; bench/lib/load-cases.sh), for
# a person of th-ccib (law enforcement: its own cases and those whose person consented), of
# th-immigration (immigration: the same rule, plus the people handed over to it) and of mm-police
# (which opened three in five): the first page, pages at a random depth (a cursor at a random
# time), each filter alone and filters together. p50/p95/p99/max per kind of page over keep-alive
# requests; the floor on the same connection is /actuator/health. Goal: p95 < 200 ms per page.
# Usage: bench/case-list.sh [CASES]   (default 100000). Needs JAVA_HOME (a JDK 21 or newer).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
REPEAT="${BENCH_REPEAT:-200}"
PORT="${BENCH_PORT:-18197}"
source bench/lib/node.sh case-list
source bench/lib/load-cases.sh

start_node --indicators 0
echo "node on port $PORT, PostgreSQL $("${PSQL[@]}" -c 'SHOW server_version') on port $PGPORT"
load_cases "$N"
echo "cases on the node: $("${PSQL[@]}" -c 'SELECT count(*) FROM casework_case')"

python3 - "$PORT" "$WORK/node/credentials.json" "$N" "$REPEAT" <<'PY'
import http.client, json, random, re, sys, time, urllib.parse
port, credentials, n, repeat = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
users = json.load(open(credentials))["users"]
rnd = random.Random(20261206)

def pct(ns, p):
    ns = sorted(ns); return ns[min(len(ns) - 1, max(0, -(-len(ns) * p // 100) - 1))] / 1e6

class Session:
    def __init__(self, user):
        self.conn = http.client.HTTPConnection("127.0.0.1", port)
        self.cookies = {}
        status, page, _ = self.send("/login")
        csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"username": user["username"], "password": user["password"], "_csrf": csrf})
        status, _, _ = self.send("/login", form)
        if status != 302:
            raise SystemExit("login failed for %s: %d" % (user["username"], status))

    def send(self, path, form=None):
        h = {"Cookie": "; ".join(k + "=" + v for k, v in self.cookies.items())} if self.cookies else {}
        if form is not None:
            h["Content-Type"] = "application/x-www-form-urlencoded"
        t = time.perf_counter_ns()
        self.conn.request("POST" if form is not None else "GET", path, body=form, headers=h)
        resp = self.conn.getresponse()
        data = resp.read()
        elapsed = time.perf_counter_ns() - t
        for name, value in resp.getheaders():
            if name.lower() == "set-cookie":
                k, v = value.split(";", 1)[0].split("=", 1)
                self.cookies[k] = v
        return resp.status, data.decode("utf-8", "replace"), elapsed

def cursor():  # a time among the loaded cases' openings, and a random id
    minutes = rnd.randrange(5 * n)
    at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1704067200 + 60 * minutes))
    return "&after=" + urllib.parse.quote(at + "_%08x-0000-4000-8000-%012x" % (rnd.getrandbits(32), rnd.getrandbits(48)))

def site():
    import hashlib, uuid
    return str(uuid.UUID(hashlib.md5(("bench-site-%d" % rnd.randrange(1, 21)).encode()).hexdigest()))

nationalities = ["CHN", "VNM", "MMR", "THA", "IDN", "LAO"]
pages = [
    ("first page", lambda: "/console/cases"),
    ("random depth", lambda: "/console/cases?size=50" + cursor()),
    ("status handed-over", lambda: "/console/cases?status=handed-over" + cursor()),
    ("nationality", lambda: "/console/cases?nationality=" + rnd.choice(nationalities) + cursor()),
    ("site", lambda: "/console/cases?site=" + site() + cursor()),
    ("status + nationality + site", lambda: "/console/cases?status=handed-over&nationality=" + rnd.choice(nationalities) + "&site=" + site() + cursor()),
]
print()
print("| viewer | page | requests | rows per page (mean) | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for agency in ["th-ccib", "th-immigration", "mm-police"]:
    mine = [u for u in users if u["agency"] == agency]
    user = next((u for u in mine if u["role"] == "analyst"), None) or next(u for u in mine if u["role"] == "border-officer")
    s = Session(user)
    for label, make in pages:   # warm-up
        for _ in range(max(10, repeat // 10)):
            s.send(make())
    for label, make in pages:
        times, rows = [], 0
        for _ in range(repeat):
            status, body, elapsed = s.send(make())
            if status != 200:
                raise SystemExit("%s %s -> %d %s" % (agency, label, status, body[:300]))
            times.append(elapsed)
            rows += body.count('class="case-link"')
        print("| %s | %s | %d | %.1f | %.2f | %.2f | %.2f | %.1f |" % (agency, label, repeat, rows / repeat, pct(times, 50), pct(times, 95), pct(times, 99), max(times) / 1e6))
    times = []
    saved = s.cookies; s.cookies = {}
    for _ in range(repeat):
        times.append(s.send("/actuator/health")[2])
    s.cookies = saved
print("| - | floor: /actuator/health | %d | - | %.2f | %.2f | %.2f | %.1f |" % (repeat, pct(times, 50), pct(times, 95), pct(times, 99), max(times) / 1e6))
PY
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
