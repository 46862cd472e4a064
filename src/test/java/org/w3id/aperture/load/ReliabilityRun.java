package org.w3id.aperture.load;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.w3id.aperture.bench.LoadDriver;
import org.w3id.aperture.bench.Tally;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.server.ApertureServer;
import org.w3id.aperture.server.ServerSettings;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.web.WebApp;

/**
 * The reliability runs of docs/reliability.md: a server with the web face started in this JVM
 * (so that its heap can be read), then load, attack or soak. Usage:
 * {@code load CLIENTS SECONDS | attack SECONDS | soak CLIENTS SECONDS}.
 */
public final class ReliabilityRun implements AutoCloseable {
    static final long SEED = 20261128L;

    final ApertureServer server;
    final Mixes mixes;
    final Duration timeout;

    /** A run on a home's graph as the server opens it (from its snapshot in target/snapshots, or built). */
    ReliabilityRun(Home home, Duration timeout) {
        this(KnowledgeGraph.open(home, new org.w3id.aperture.graph.Snapshots(home.root().resolve("target/snapshots"))),
                NamedQueries.load(home.queries()), timeout);
    }

    ReliabilityRun(KnowledgeGraph.Loaded graph, NamedQueries queries, Duration timeout) {
        this.timeout = timeout;
        ServerSettings settings = ServerSettings.builder().port(0).queryTimeout(timeout).build();
        server = ApertureServer.start(graph.dataset(), graph.version(), settings,
                WebApp.servlets(graph.dataset(), queries, timeout, settings.rowLimit()));
        mixes = new Mixes(server.baseUrl(), modelSlugs(graph.dataset()), queries);
    }

    private static List<String> modelSlugs(org.apache.jena.sparql.core.DatasetGraph dataset) {
        List<String> slugs = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                .query("SELECT ?m { ?m a <https://w3id.org/aperture#Model> }").build()) {
            qe.execSelect().forEachRemaining(r -> slugs.add(r.getResource("m").getURI().substring((Ap.BASE + "model/").length())));
        }
        Collections.sort(slugs);
        return slugs;
    }

    Tally load(int clients, Duration duration) throws Exception {
        return LoadDriver.run(Collections.nCopies(clients, mixes.realistic()), Duration.ZERO, duration, SEED, new Tally(duration));
    }

    /**
     * Four clients send pathological queries and two dribble request bodies a byte at a time while a
     * seventh asks new lookup questions (never answered from the cache).
     */
    Tally attack(Duration duration) throws Exception {
        List<LoadDriver.Mix> clients = new ArrayList<>(Collections.nCopies(4, mixes.pathological()));
        clients.add(mixes.newLookups());
        try (SlowBodies slow = new SlowBodies(server.port(), 2)) {
            return LoadDriver.run(clients, Duration.ZERO, duration, SEED, new Tally(duration));
        }
    }

    /** Used heap after a full collection, in MiB. */
    static double heapMiB() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        server.stop();
    }

    public static void main(String[] args) throws Exception {
        Home home = Home.at(java.nio.file.Path.of("."));
        try (ReliabilityRun run = new ReliabilityRun(home, ServerSettings.defaults().queryTimeout())) {
            double heapStart = heapMiB();
            System.out.printf("server up; heap after start %.1f MiB; %d cores%n", heapStart, Runtime.getRuntime().availableProcessors());
            switch (args[0]) {
                case "load" -> {
                    Tally r = run.load(Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])));
                    System.out.print(r.table());
                    System.out.printf("requests %d, errors %d; heap %.1f MiB before, %.1f MiB after%n", r.requests(), r.serverErrors(),
                            heapStart, heapMiB());
                }
                case "attack" -> {
                    Tally r = run.attack(Duration.ofSeconds(Long.parseLong(args[1])));
                    System.out.print(r.table());
                    Tally.Kind bad = r.kind(Mixes.PATHOLOGICAL);
                    Tally.Kind lookups = r.kind(Mixes.CHEAP);
                    System.out.printf("pathological: max %.0f ms against a timeout of %d ms; 5xx other than 503: %d%n",
                            bad.latencies().getMaxValue() / 1e6, run.timeout.toMillis(), r.serverErrors());
                    System.out.printf("new-question lookups: %d, p50 %.1f ms, p99 %.1f ms, statuses %s; heap %.1f MiB of %.0f MiB max%n",
                            lookups.count(), lookups.latencies().getValueAtPercentile(50) / 1e6,
                            lookups.latencies().getValueAtPercentile(99) / 1e6, lookups.statuses(),
                            heapMiB(), Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
                }
                case "soak" -> {
                    int clients = Integer.parseInt(args[1]);
                    Tally first = run.load(clients, Duration.ofSeconds(60));
                    double heapMinute = heapMiB();
                    Tally rest = run.load(clients, Duration.ofSeconds(Long.parseLong(args[2]) - 60));
                    double heapEnd = heapMiB();
                    System.out.print(first.table());
                    System.out.print(rest.table());
                    System.out.printf("heap after minute 1: %.1f MiB; at the end: %.1f MiB (%+.1f%%); errors %d%n",
                            heapMinute, heapEnd, 100 * (heapEnd - heapMinute) / heapMinute, first.serverErrors() + rest.serverErrors());
                }
                default -> throw new IllegalArgumentException("usage: load CLIENTS SECONDS | attack SECONDS | soak CLIENTS SECONDS");
            }
        }
        System.exit(0);
    }
}
