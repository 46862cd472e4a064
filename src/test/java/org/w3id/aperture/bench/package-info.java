/**
 * The benchmark harness and the load driver of every HTTP run: the query mix, a closed-loop driver with a
 * mix and a recorder per run (also used by the reliability runs), the harness that interleaves Aperture,
 * stock Fuseki and Oxigraph and writes a Markdown report, and JMH benchmarks of the same mix in process
 * (the floor). See docs/benchmarks.md for how to run each.
 */
package org.w3id.aperture.bench;
