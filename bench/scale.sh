#!/usr/bin/env bash
# Scale: a synthetic catalog of N models on top of the real 45, bulk-loaded into a TDB2 store and
# served from it; reports the load (time, peak memory, store size) and the per-model and
# whole-catalog answers (bench/../ScaleProbe: p50/p99, answer cache off, one request at a time).
#   bench/scale.sh N [WORK_DIR]     (WORK_DIR default target/scale; needs ~0.2 KB x 121 triples x N of disk)
# Reuses WORK_DIR/hN (the generated home) and WORK_DIR/sN (the store) when they exist: delete them to start over.
source "$(dirname "$0")/setup.sh"
N=$1
WORK=${2:-target/scale}
HEAP=${HEAP:-8g}
bench_build
bench_classpath
mkdir -p "$WORK"
JAR=$WORK/aperture.jar          # a copy, so that a rebuild during a long run cannot change it
cp target/aperture.jar "$JAR"
HOME_DIR=$WORK/h$N
STORE=$WORK/s$N
echo "uptime before: $(uptime)"
if [ ! -d "$HOME_DIR/data/synthetic" ]; then
  mkdir -p "$HOME_DIR" && cp -r ontology data queries "$HOME_DIR/"
  java -jar "$JAR" generate --home "$HOME_DIR" --models "$N" --seed 1 "$HOME_DIR/data/synthetic"
fi
if [ ! -f "$STORE/CURRENT" ]; then
  /usr/bin/time -v java -Xmx$HEAP -jar "$JAR" load --home "$HOME_DIR" --store "$STORE" 2> "$WORK/load$N.time"
  grep -E "Elapsed|Maximum resident|User time|System time" "$WORK/load$N.time"
fi
echo "store size: $(du -sh "$STORE" | cut -f1)"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
java -Xmx$HEAP -jar "$JAR" serve --store "$STORE" --port "$PORT" --answer-cache-mb 0 --timeout 300 \
  > "$WORK/serve$N.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/\$/ping" > /dev/null; do sleep 0.2; done
head -1 "$WORK/serve$N.log"
java -cp "$BENCH_CP" org.w3id.aperture.bench.ScaleProbe "http://127.0.0.1:$PORT/aperture/sparql" "$N" . "${RUNS:-200}"
echo "server RSS after the probe: $(ps -o rss= -p $SERVER | awk '{printf "%.0f MiB", $1/1024}')"
echo "uptime after: $(uptime)"
