#!/usr/bin/env bash
# How many graph finds a query makes, by pattern shape (bench/../FindCount), on the served graph.
#   bench/findcount.sh queries/paper-rule-level-agreement.rq [MORE.rq ...]
source "$(dirname "$0")/setup.sh"
bench_classpath
exec java -cp "$BENCH_CP" org.w3id.aperture.bench.FindCount "$@"
