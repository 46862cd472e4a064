#!/usr/bin/env bash
# Jena's GraphMem2Fast (as served) against GraphMem2Roaring on the same triples, every named query without
# SERVICE unless files are given (bench/../GraphMemCompare). Prints a Markdown table.
#   bench/graphmem.sh [QUERY.rq ...]
source "$(dirname "$0")/setup.sh"
bench_classpath
if [ $# -eq 0 ]; then set -- $(grep -L -i '\bSERVICE\b' queries/*.rq); fi
echo "uptime before: $(uptime)"
java -cp "$BENCH_CP" org.w3id.aperture.bench.GraphMemCompare "$@"
echo "uptime after: $(uptime)"
