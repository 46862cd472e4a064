package org.w3id.aperture.graph;

import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A load into one memory graph: the in-memory mode, whose sources are one batch. That batch becomes
 * the graph as it is, never copied, and the catalog-wide facts are added to it.
 */
public final class MemorySink implements GraphSink {
    private Graph graph;
    private boolean batchesDone;

    @Override
    public void add(Graph triples) {
        if (graph == null) {
            graph = triples;
        } else if (batchesDone) {
            GraphUtil.addInto(graph, triples);
        } else {
            throw new IllegalStateException("a load into memory takes its sources as one batch (Sources.whole)");
        }
    }

    @Override
    public void batchesDone() {
        batchesDone = true;
    }

    @Override
    public <T> T read(Function<Graph, T> reader) {
        return reader.apply(graph());
    }

    /** The graph written. */
    public Graph graph() {
        if (graph == null) {
            graph = GraphFactory.createDefaultGraph();
        }
        return graph;
    }
}
