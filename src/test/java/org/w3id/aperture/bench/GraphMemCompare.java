package org.w3id.aperture.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.jena.graph.Graph;
import org.apache.jena.mem2.GraphMem2Roaring;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.graph.Snapshots;

/**
 * Jena's two in-memory graphs side by side: the served graph (GraphMem2Fast, as {@code serve} holds it) and a
 * GraphMem2Roaring copy of it; each query runs on the two alternately, {@value #RUNS} times each, and the
 * median thread CPU time of the second half of the runs is printed with the ratio Roaring / Fast.
 *
 * <p>{@code GraphMemCompare QUERY_FILE...}, from the project folder (bench/graphmem.sh).
 */
public final class GraphMemCompare {
    private static final int RUNS = 600;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GraphMemCompare() {}

    public static void main(String[] args) {
        Path root = Path.of(".").toAbsolutePath().normalize();
        Graph fast = KnowledgeGraph.open(Home.at(root), new Snapshots(root.resolve("target/snapshots"))).dataset().getDefaultGraph();
        Graph roaring = new GraphMem2Roaring();
        fast.find().forEachRemaining(roaring::add);
        DatasetGraph[] sides = {DatasetGraphFactory.wrap(fast), DatasetGraphFactory.wrap(roaring)};
        System.out.printf("%s, %d triples; %s, %d triples%n", fast.getClass().getSimpleName(), fast.size(),
                roaring.getClass().getSimpleName(), roaring.size());
        System.out.println("| query | rows | Fast CPU µs | Roaring CPU µs | Roaring / Fast |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String file : args) {
            Query query = QueryFactory.read(file);
            long[][] cpu = new long[2][RUNS];
            long[] rows = new long[2];
            for (int i = 0; i < RUNS; i++) {
                for (int side = 0; side < 2; side++) {
                    long start = THREADS.getCurrentThreadCpuTime();
                    rows[side] = rows(query, sides[side]);
                    cpu[side][i] = THREADS.getCurrentThreadCpuTime() - start;
                }
            }
            double fastMedian = secondHalfMedian(cpu[0]) / 1e3;
            double roaringMedian = secondHalfMedian(cpu[1]) / 1e3;
            System.out.printf("| %s | %s | %.0f | %.0f | %.2f |%n", Path.of(file).getFileName(),
                    rows[0] == rows[1] ? Long.toString(rows[0]) : rows[0] + " ≠ " + rows[1], fastMedian, roaringMedian,
                    roaringMedian / fastMedian);
        }
    }

    private static long rows(Query query, DatasetGraph dataset) {
        long n = 0;
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet answer = exec.select();
            while (answer.hasNext()) {
                answer.next();
                n++;
            }
        }
        return n;
    }

    private static double secondHalfMedian(long[] values) {
        long[] warm = Arrays.copyOfRange(values, values.length / 2, values.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
