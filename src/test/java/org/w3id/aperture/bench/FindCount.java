package org.w3id.aperture.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.graph.Snapshots;

/**
 * How much a query asks of the graph: runs it once on the served graph through a wrapper that counts every
 * {@code find} and the triples it returns, by pattern shape (which of subject, predicate, object are bound)
 * and predicate. A plan's cost in Jena's evaluation is about proportional to these counts.
 *
 * <p>{@code FindCount QUERY_FILE...}, from the project folder (bench/findcount.sh).
 */
public final class FindCount {
    private FindCount() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".").toAbsolutePath().normalize();
        Graph served = KnowledgeGraph.open(Home.at(root), new Snapshots(root.resolve("target/snapshots"))).dataset().getDefaultGraph();
        for (String file : args) {
            Map<String, long[]> byShape = new TreeMap<>();
            Graph counting = new GraphWrapper(served) {
                @Override
                public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                    String shape = (s.isConcrete() ? "S" : "?") + (p.isConcrete() ? "P" : "?") + (o.isConcrete() ? "O" : "?")
                            + (p.isURI() ? " " + p.getLocalName() : "");
                    long[] count = byShape.computeIfAbsent(shape, k -> new long[2]);
                    count[0]++;
                    return super.find(s, p, o).mapWith(t -> {
                        count[1]++;
                        return t;
                    });
                }

                @Override
                public ExtendedIterator<Triple> find(Triple t) {
                    return find(t.getSubject(), t.getPredicate(), t.getObject());
                }

                @Override
                public boolean contains(Node s, Node p, Node o) {
                    return find(s, p, o).hasNext();
                }
            };
            Query query = QueryFactory.read(file);
            long rows = 0;
            try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.wrap(counting)).query(query).build()) {
                RowSet answer = exec.select();
                while (answer.hasNext()) {
                    answer.next();
                    rows++;
                }
            }
            long finds = byShape.values().stream().mapToLong(c -> c[0]).sum();
            long triples = byShape.values().stream().mapToLong(c -> c[1]).sum();
            System.out.printf("%s: %d rows, %d finds returning %d triples%n", file, rows, finds, triples);
            byShape.forEach((shape, c) -> System.out.printf("  %-40s finds %7d  triples %7d%n", shape, c[0], c[1]));
        }
    }
}
