package org.w3id.aperture.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.graph.Snapshots;

/**
 * The in-process floor of two project folders side by side (for example the queries before and after a
 * change): for each class of the mix, first whether both answer the same (every text: the same rows in the
 * same order), then the executions of the two alternating, one after the other, after a warm-up; prints the
 * median CPU time of the executing thread (less sensitive than wall time to a machine shared with other
 * work) and the median wall time of each, as a Markdown table.
 *
 * <p>{@code FloorCompare AFTER_HOME BEFORE_HOME [CLASS_REGEX] [ROUNDS] [WARMUP_MILLIS]}
 */
public final class FloorCompare {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FloorCompare() {}

    /** One side: its dataset and the texts of each class. */
    private record Side(DatasetGraph dataset, Map<String, List<Query>> classes) {
        static Side of(Path root) {
            DatasetGraph dataset = KnowledgeGraph.open(Home.at(root), new Snapshots(root.resolve("target/snapshots"))).dataset();
            Map<String, List<Query>> classes = new TreeMap<>();
            QueryMix.load(root).classes().forEach(c -> classes.put(c.name(), c.texts().stream().map(QueryFactory::create).toList()));
            return new Side(dataset, classes);
        }
    }

    public static void main(String[] args) {
        Side after = Side.of(Path.of(args[0]).toAbsolutePath().normalize());
        Side before = Side.of(Path.of(args[1]).toAbsolutePath().normalize());
        String only = args.length > 2 ? args[2] : ".*";
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 41;
        long warmup = (args.length > 4 ? Long.parseLong(args[4]) : 1500) * 1_000_000L;
        System.out.println("| class | answers | before CPU ms | after CPU ms | after/before | before wall ms | after wall ms |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        for (String name : after.classes().keySet()) {
            if (!name.matches(only) || !before.classes().containsKey(name)) {
                continue;
            }
            List<Query> a = after.classes().get(name);
            List<Query> b = before.classes().get(name);
            boolean same = a.size() == b.size();
            for (int i = 0; same && i < a.size(); i++) {
                same = answer(after.dataset(), a.get(i)).equals(answer(before.dataset(), b.get(i)));
            }
            for (long end = System.nanoTime() + warmup; System.nanoTime() < end; ) {
                execute(after.dataset(), a.get(0));
                execute(before.dataset(), b.get(0));
            }
            long[][] cpu = new long[2][rounds];
            long[][] wall = new long[2][rounds];
            for (int r = 0; r < rounds; r++) {
                measure(before.dataset(), b.get(r % b.size()), cpu[0], wall[0], r);
                measure(after.dataset(), a.get(r % a.size()), cpu[1], wall[1], r);
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.2f | %.3f | %.3f |%n", name, same ? "same" : "DIFFERENT",
                    median(cpu[0]), median(cpu[1]), median(cpu[1]) / median(cpu[0]), median(wall[0]), median(wall[1]));
        }
    }

    private static void measure(DatasetGraph dataset, Query query, long[] cpu, long[] wall, int r) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        execute(dataset, query);
        cpu[r] = THREADS.getCurrentThreadCpuTime() - c0;
        wall[r] = System.nanoTime() - w0;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    /** Runs the query to its last row (or triple); returns how many. */
    private static long execute(DatasetGraph dataset, Query query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            if (query.isSelectType()) {
                long n = 0;
                for (RowSet rows = exec.select(); rows.hasNext(); rows.next()) {
                    n++;
                }
                return n;
            }
            return query.isDescribeType() ? exec.describe().size() : exec.construct().size();
        }
    }

    /** The answer as text, row by row in order (triples sorted for a graph). */
    private static List<String> answer(DatasetGraph dataset, Query query) {
        List<String> out = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                List<Var> vars = rows.getResultVars();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    StringBuilder line = new StringBuilder();
                    vars.forEach(v -> line.append(v).append('=').append(row.get(v)).append(' '));
                    out.add(line.toString());
                }
            } else {
                (query.isDescribeType() ? exec.describe() : exec.construct()).find().forEachRemaining(t -> out.add(t.toString()));
                out.sort(null);
            }
        }
        return out;
    }
}
