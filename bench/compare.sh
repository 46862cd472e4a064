#!/usr/bin/env bash
# The in-process floor of this project folder against another one (e.g. a copy with the queries before a
# change), side by side: same answers?, then the median thread CPU and wall time of each class, the two
# alternating execution by execution (bench/../FloorCompare). Prints a Markdown table.
#   bench/compare.sh BEFORE_HOME [CLASS_REGEX] [ROUNDS] [WARMUP_MILLIS]
source "$(dirname "$0")/setup.sh"
bench_classpath
echo "uptime before: $(uptime)"
java -Xmx4g -cp "$BENCH_CP" org.w3id.aperture.bench.FloorCompare . "$@"
echo "uptime after: $(uptime)"
