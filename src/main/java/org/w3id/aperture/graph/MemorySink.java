package org.w3id.aperture.graph;

import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A load into one memory graph. The first batch becomes that graph as it is (in memory mode it is
 * the whole graph, never copied); it is copied when a second batch comes, which may have been
 * derived reading it, before every batch is in.
 */
public final class MemorySink implements GraphSink {
    private Graph graph;
    private boolean shared = true;

    @Override
    public void add(Graph triples) {
        if (graph == null) {
            graph = triples;
            return;
        }
        if (shared) {
            Graph copy = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(copy, graph);
            graph = copy;
            shared = false;
        }
        GraphUtil.addInto(graph, triples);
    }

    @Override
    public void batchesDone() {
        shared = false;
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
