#!/usr/bin/env bash
# The in-process floor: JMH runs every class of the HTTP mix directly on the served in-memory
# dataset (no HTTP). Any JMH options may follow; default: 1 fork, 3 x 1 s warm-up, 5 x 1 s measured.
#   bench/jmh.sh                                          # both methods, every query class
#   bench/jmh.sh 'FloorBenchmark.execute$' -f 1 -wi 1 -i 2  # a smoke run of execution only
#   HOMES=.,/tmp/before bench/jmh.sh 'FloorBenchmark.execute$'  # each class on each home in turn (e.g. queries before a change)
#   bench/jmh.sh 'FloorBenchmark.execute$' -p query=openness-matrix,model-lookup   # only those classes
source "$(dirname "$0")/setup.sh"
bench_classpath
if [ $# -eq 0 ]; then set -- -f 1 -wi 3 -i 5 -w 1s -r 1s; fi
mkdir -p target/bench
exec java -cp "$BENCH_CP" org.w3id.aperture.bench.FloorMain "${HOMES:-.}" "$@"
