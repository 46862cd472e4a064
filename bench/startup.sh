#!/usr/bin/env bash
# Start-up to first answered query: from `java -jar` to the first 200 answer to a SPARQL query
# (polled with curl every 10 ms), RUNS times each (default 10) for Aperture (`serve`, which loads,
# validates and derives from ontology/ and data/) and for stock Fuseki 5.6.0 (`--file` the
# exported dump of the same graph). With several contenders (both, all) the runs interleave: round i
# starts each contender once, in turn. Prints each run and each median, in milliseconds.
#   bench/startup.sh [RUNS] [aperture|aperture-cds|aperture-c1|aperture-aot|aperture-store|fuseki|both|all]
# aperture-cds runs as ./aperture does, with the class-data-sharing archive target/aperture.jsa (./aperture builds it).
# aperture-c1 is aperture-cds with the JIT stopped at C1 (-XX:TieredStopAtLevel=1): a faster start, slower
# steady state. aperture-aot runs the same jar on a JDK 25 (JDK25, default the first /usr/lib/jvm/*25*)
# with an ahead-of-time cache (JEP 483/515, target/bench/aperture.aot) made from one `serve --check`;
# neither is how ./aperture runs (Java 17, C2): they show what each would change.
# aperture-store serves the same graph from a TDB2 store loaded once before the runs (`load --store`),
# with a class-data-sharing archive of its own (target/bench/aperture-store.jsa).
source "$(dirname "$0")/setup.sh"
RUNS=${1:-10}
WHICH=${2:-both}
bench_build
bench_dump
bench_fuseki
QUERY='PREFIX ap: <https://w3id.org/aperture#> SELECT ?c ?v WHERE { ?a ap:model <https://w3id.org/aperture/model/llama-2> ; ap:component ?c ; ap:value ?v }'

STORE=target/bench/store
STORE_CDS=target/bench/aperture-store.jsa
bench_store() {
  if [ ! -f "$STORE/CURRENT" ] || [ -n "$(find target/aperture.jar ontology data -newer "$STORE/CURRENT" -print -quit)" ]; then
    java -jar target/aperture.jar load --store "$STORE" >&2
    rm -f "$STORE_CDS"
  fi
  if [ ! -f "$STORE_CDS" ]; then
    java -XX:ArchiveClassesAtExit="$STORE_CDS" -Xlog:cds=off -Xlog:cds+dynamic=off -jar target/aperture.jar \
      serve --store "$STORE" --check --port 0 > /dev/null 2>&1
  fi
}

bench_cds() { ./aperture --version > /dev/null; }   # ./aperture refreshes target/aperture.jsa when the jar changed

JDK25=${JDK25:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}
AOT=target/bench/aperture.aot
bench_aot() {
  if [ -z "$JDK25" ]; then echo "no JDK 25 found (set JDK25)" >&2; exit 2; fi
  if [ ! -f "$AOT" ] || [ target/aperture.jar -nt "$AOT" ]; then
    rm -f "$AOT"
    "$JDK25/bin/java" -XX:AOTCacheOutput="$AOT" -Xlog:aot=off -Xlog:cds=off -jar target/aperture.jar \
      serve --check --port 0 > /dev/null 2>&1
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# one_run NAME URL COMMAND...: prints milliseconds from start to the first 200
one_run() {
  local name=$1 url=$2; shift 2
  local log=target/bench/logs/startup-$name.log
  mkdir -p target/bench/logs
  local t0 t1 code pid
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
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

# start_once NAME: one start of contender NAME; prints its milliseconds
start_once() {
  local name=$1 port; port=$(free_port)
  case $name in
    aperture) one_run aperture "http://127.0.0.1:$port/aperture/sparql" java -jar target/aperture.jar serve --port "$port" ;;
    aperture-cds) one_run aperture-cds "http://127.0.0.1:$port/aperture/sparql" java -XX:SharedArchiveFile=target/aperture.jsa -Xshare:auto -Xlog:cds=off -jar target/aperture.jar serve --port "$port" ;;
    aperture-c1) one_run aperture-c1 "http://127.0.0.1:$port/aperture/sparql" java -XX:SharedArchiveFile=target/aperture.jsa -Xshare:auto -Xlog:cds=off -XX:TieredStopAtLevel=1 -jar target/aperture.jar serve --port "$port" ;;
    aperture-aot) one_run aperture-aot "http://127.0.0.1:$port/aperture/sparql" "$JDK25/bin/java" -XX:AOTCache="$AOT" -Xlog:aot=off -Xlog:cds=off -jar target/aperture.jar serve --port "$port" ;;
    aperture-store) one_run aperture-store "http://127.0.0.1:$port/aperture/sparql" java -XX:SharedArchiveFile="$STORE_CDS" -Xshare:auto -Xlog:cds=off -jar target/aperture.jar serve --store "$STORE" --port "$port" ;;
    fuseki) one_run fuseki "http://127.0.0.1:$port/ds/sparql" java -jar "$FUSEKI_JAR" --localhost --port "$port" --file "$DUMP" /ds ;;
  esac
}

# measure NAME...: RUNS rounds, each starting every contender once in turn (interleaved), then each median
measure() {
  declare -A times
  for i in $(seq 1 "$RUNS"); do
    for name in "$@"; do
      local ms; ms=$(start_once "$name")
      echo "$name run $i: $ms ms" >&2
      times[$name]+="$ms "
    done
  done
  for name in "$@"; do
    local list; list=$(printf '%s\n' ${times[$name]})
    echo "$name: median $(echo "$list" | median) ms of $RUNS runs (min $(echo "$list" | sort -n | head -1), max $(echo "$list" | sort -n | tail -1))"
  done
}

echo "uptime before: $(uptime)"
case $WHICH in
  aperture|fuseki) measure "$WHICH" ;;
  aperture-cds|aperture-c1) bench_cds; measure "$WHICH" ;;
  aperture-aot) bench_aot; measure aperture-aot ;;
  aperture-store) bench_store; measure aperture-store ;;
  both) measure aperture fuseki ;;
  all) bench_cds; bench_store; bench_aot; measure aperture aperture-cds aperture-c1 aperture-aot aperture-store fuseki ;;
  *) echo "usage: bench/startup.sh [RUNS] [aperture|aperture-cds|aperture-c1|aperture-aot|aperture-store|fuseki|both|all]" >&2; exit 2 ;;
esac
echo "uptime after: $(uptime)"
