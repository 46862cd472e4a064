package org.w3id.aperture.graph;

import java.util.function.Function;
import org.apache.jena.graph.Graph;

/**
 * Where a load writes the graph: a memory graph or an on-disk store. It takes the batches as they
 * are validated and derived, then, once every batch is in, lets the catalog-wide rules and the last
 * checks read what was written and takes their facts too.
 */
public interface GraphSink {
    /** Takes a batch's triples (its sources and their derived facts); the load does not change the graph afterwards. */
    void add(Graph triples);

    /** Every batch is in: what was written becomes readable. */
    void batchesDone();

    /** Runs {@code reader} on every triple written so far (after {@link #batchesDone}). */
    <T> T read(Function<Graph, T> reader);
}
