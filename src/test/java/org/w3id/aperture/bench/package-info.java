/**
 * The benchmark harness (issue 6): the query mix, a closed-loop HTTP load driver with one
 * keep-alive connection per client, the harness that interleaves Aperture, stock Fuseki and
 * Oxigraph and writes a Markdown report, and JMH benchmarks of the same mix in process (the floor).
 * See docs/benchmarks.md for how to run each.
 */
package org.w3id.aperture.bench;
