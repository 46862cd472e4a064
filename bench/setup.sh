# Sourced by the bench/ scripts: builds and fetches what the measurements need, from the project
# folder, idempotently. Everything fetched goes to target/bench/ or bench/node_modules/ (ignored by git).
#   MVN_FLAGS  extra Maven flags, e.g. MVN_FLAGS=-o to stay offline once the dependencies are cached
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
FUSEKI_VERSION=5.6.0
FUSEKI_JAR=target/bench/jena-fuseki-server-$FUSEKI_VERSION.jar
DUMP=target/bench/aperture.nt
mvn_() { mvn -q -B ${MVN_FLAGS:-} "$@"; }

bench_build() {
  if [ ! -f target/aperture.jar ] || [ -n "$(find pom.xml src/main -newer target/aperture.jar -type f -print -quit)" ]; then
    echo "building target/aperture.jar" >&2
    mvn_ -DskipTests package
  fi
  mkdir -p target/bench
}

bench_dump() {
  if [ ! -f "$DUMP" ] || [ -n "$(find target/aperture.jar ontology data -newer "$DUMP" -print -quit)" ]; then
    java -jar target/aperture.jar export --format nt "$DUMP" >&2
  fi
}

bench_fuseki() {
  if [ ! -f "$FUSEKI_JAR" ]; then
    mvn_ dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:$FUSEKI_VERSION -DoutputDirectory=target/bench
  fi
}

bench_oxigraph() {
  if [ ! -d bench/node_modules/oxigraph ]; then
    (cd bench && npm ci --no-audit --no-fund >&2)
  fi
}

# The test class path (JMH, HdrHistogram, Jena) for the Java parts of the harness, in $BENCH_CP.
bench_classpath() {
  mvn_ test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/test.cp -Dmdep.includeScope=test
  BENCH_CP="target/test-classes:target/classes:$(cat target/bench/test.cp)"
}
