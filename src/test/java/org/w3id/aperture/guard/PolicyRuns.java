package org.w3id.aperture.guard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

/** Queries run directly on an in-memory dataset with the policy installed (no HTTP). */
final class PolicyRuns {
    static final String PREFIXES = """
            PREFIX fn: <http://www.w3.org/2005/xpath-functions#>
            PREFIX afn: <http://jena.apache.org/ARQ/function#>
            PREFIX apf: <http://jena.apache.org/ARQ/property#>
            PREFIX list: <http://jena.apache.org/ARQ/list#>
            PREFIX math: <http://www.w3.org/2005/xpath-functions/math#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private PolicyRuns() {}

    /** {@code size} triples {@code <urn:s/i> <urn:p/(i mod 10)> "value i"}, with the policy under {@code limits}. */
    static DatasetGraph graph(int size, Limits limits) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < size; i++) {
            graph.add(NodeFactory.createURI("urn:s/" + i), NodeFactory.createURI("urn:p/" + i % 10),
                    NodeFactory.createLiteralString("value " + i));
        }
        DatasetGraph dataset = DatasetGraphFactory.wrap(graph);
        QueryPolicy.install(dataset, limits);
        return dataset;
    }

    static List<Binding> select(DatasetGraph dataset, String query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(PREFIXES + query).build()) {
            return collect(exec);
        }
    }

    /** With Jena's own timeout, which sets the cancel signal. */
    static List<Binding> selectWithTimeout(DatasetGraph dataset, String query, Duration timeout) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(PREFIXES + query).timeout(timeout.toMillis()).build()) {
            return collect(exec);
        }
    }

    /** With the policy's deadline only, {@code after} from now, as a server sets it per request. */
    static List<Binding> selectWithDeadline(DatasetGraph dataset, String query, Duration after) {
        Context context = Context.mergeCopy(ARQ.getContext(), dataset.getContext());
        QueryPolicy.deadline(context, System.nanoTime() + after.toNanos());
        try (QueryExec exec = QueryExec.dataset(dataset).query(PREFIXES + query).context(context).build()) {
            return collect(exec);
        }
    }

    private static List<Binding> collect(QueryExec exec) {
        List<Binding> rows = new ArrayList<>();
        exec.select().forEachRemaining(rows::add);
        return rows;
    }
}
