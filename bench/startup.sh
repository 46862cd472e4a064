#!/usr/bin/env bash
# Start-up to first answered query: from starting the process to the first 200 answer to a SPARQL query
# (polled with curl every 10 ms), RUNS times each (default 10), interleaved: round i starts each contender
# once, in turn. Prints each run and, per contender, the median wall time and the median CPU time the
# process had used by then (user + system, from /proc: less sensitive than wall time to a shared machine).
#   bench/startup.sh [RUNS] [CONTENDER,...]       (default: aperture,fuseki; `all` for every one)
# Contenders:
#   aperture        ./aperture serve, as it runs: the newest JDK with its ahead-of-time cache (JDK 25+), else AppCDS
#   aperture-17     the same with APERTURE_JAVA=$JAVA17 (default: the Java on the PATH): Java 17 with AppCDS
#   aperture-plain  java -jar target/aperture.jar serve: the Java on the PATH, no cache or archive
#   aperture-store  ./aperture serve --store on the same graph loaded once into TDB2 (`load --store`)
#   fuseki          stock Fuseki 5.6.0, --file the exported N-Triples dump of the same graph
source "$(dirname "$0")/setup.sh"
RUNS=${1:-10}
WHICH=${2:-aperture,fuseki}
if [ "$WHICH" = all ]; then WHICH=aperture,aperture-17,aperture-plain,aperture-store,fuseki; fi
IFS=, read -r -a CONTENDERS <<< "$WHICH"
JAVA17=${JAVA17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
bench_build
bench_dump
bench_fuseki
QUERY='PREFIX ap: <https://w3id.org/aperture#> SELECT ?c ?v WHERE { ?a ap:model <https://w3id.org/aperture/model/llama-2> ; ap:component ?c ; ap:value ?v }'
STORE=target/bench/store

# Each contender's caches are made before the first measured start.
prepare() {
  case $1 in
    aperture) ./aperture --version > /dev/null ;;
    aperture-17) APERTURE_JAVA=$JAVA17 ./aperture --version > /dev/null ;;
    aperture-store)
      if [ ! -f "$STORE/CURRENT" ] || [ -n "$(find target/aperture.jar ontology data -newer "$STORE/CURRENT" -print -quit)" ]; then
        ./aperture load --store "$STORE" >&2
      fi ;;
  esac
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }

# one_run NAME URL COMMAND...: prints "WALL_MS CPU_MS" from the start to the first 200
one_run() {
  local name=$1 url=$2; shift 2
  local log=target/bench/logs/startup-$name.log
  mkdir -p target/bench/logs
  local t0 t1 code pid cpu
  t0=$(date +%s%N)
  "$@" > "$log" 2>&1 &
  pid=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" \
             -H 'Accept: application/sparql-results+json' --data-urlencode "query=$QUERY" || true)
    if [ "$code" = 200 ]; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name exited; see $log" >&2; return 1; fi
    sleep 0.01
  done
  t1=$(date +%s%N)
  cpu=$(cpu_ms "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $cpu"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

start_once() {
  local name=$1 port; port=$(free_port)
  case $name in
    aperture) one_run "$name" "http://127.0.0.1:$port/aperture/sparql" ./aperture serve --port "$port" ;;
    aperture-17) APERTURE_JAVA=$JAVA17 one_run "$name" "http://127.0.0.1:$port/aperture/sparql" ./aperture serve --port "$port" ;;
    aperture-plain) one_run "$name" "http://127.0.0.1:$port/aperture/sparql" java -jar target/aperture.jar serve --port "$port" ;;
    aperture-store) one_run "$name" "http://127.0.0.1:$port/aperture/sparql" ./aperture serve --store "$STORE" --port "$port" ;;
    fuseki) one_run "$name" "http://127.0.0.1:$port/ds/sparql" java -jar "$FUSEKI_JAR" --localhost --port "$port" --file "$DUMP" /ds ;;
    *) echo "unknown contender $name; see the head of bench/startup.sh" >&2; exit 2 ;;
  esac
}

for name in "${CONTENDERS[@]}"; do prepare "$name"; done
echo "uptime before: $(uptime)"
declare -A wall cpu
for i in $(seq 1 "$RUNS"); do
  for name in "${CONTENDERS[@]}"; do
    read -r w c <<< "$(start_once "$name")"
    echo "$name run $i: $w ms wall, $c ms CPU" >&2
    wall[$name]+="$w "
    cpu[$name]+="$c "
  done
done
for name in "${CONTENDERS[@]}"; do
  list=$(printf '%s\n' ${wall[$name]})
  echo "$name: median $(echo "$list" | median) ms of $RUNS runs (min $(echo "$list" | sort -n | head -1), max $(echo "$list" | sort -n | tail -1)); CPU median $(printf '%s\n' ${cpu[$name]} | median) ms"
done
echo "uptime after: $(uptime)"
