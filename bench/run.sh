#!/usr/bin/env bash
# The HTTP load test: Aperture, stock Fuseki 5.6.0 and Oxigraph (npm) on loopback with the same
# data, interleaved, at 8 and 32 clients; writes a Markdown report (default target/bench/results.md).
#   bench/run.sh [--clients 8,32] [--rounds 3] [--warmup 5] [--duration 10] [--out FILE] [--label TEXT]
#                [--contenders aperture,fuseki,oxigraph] [--exclude CLASS,...]
source "$(dirname "$0")/setup.sh"
bench_build
bench_dump
bench_fuseki
bench_oxigraph
bench_classpath
exec java -cp "$BENCH_CP" org.w3id.aperture.bench.Harness --home . --dump "$DUMP" --fuseki-jar "$FUSEKI_JAR" "$@"
