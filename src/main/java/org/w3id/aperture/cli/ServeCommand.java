package org.w3id.aperture.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.graph.Snapshots;
import org.w3id.aperture.graph.SourceDigest;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.server.ApertureServer;
import org.w3id.aperture.server.DeferredServlet;
import org.w3id.aperture.server.PendingDataset;
import org.w3id.aperture.server.ServerSettings;
import org.w3id.aperture.store.StoreFolder;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Load, validate and serve the graph: web pages, linked data and SPARQL (read-only).")
final class ServeCommand implements Callable<Integer> {
    private static final Duration SITE_BUILD_PAUSE = Duration.ofSeconds(1);
    private static final Executor SNAPSHOT_READER = task -> {
        Thread thread = new Thread(task, "snapshot-reader");
        thread.setDaemon(true);
        thread.start();
    };

    @Mixin
    HomeOption home;

    @Option(names = "--host", defaultValue = ServerSettings.DEFAULT_HOST, paramLabel = "HOST",
            description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", defaultValue = ServerSettings.DEFAULT_PORT, paramLabel = "PORT",
            description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--timeout", defaultValue = ServerSettings.DEFAULT_TIMEOUT_SECONDS, paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--row-limit", defaultValue = ServerSettings.DEFAULT_ROW_LIMIT, paramLabel = "ROWS",
            description = "Most solutions a query returns (default: ${DEFAULT-VALUE}); see the Aperture-Row-Limit headers.")
    long rowLimit;

    @Option(names = "--max-queries", paramLabel = "N",
            description = "SPARQL requests running at once; more wait up to " + ServerSettings.DEFAULT_QUEUE_WAIT_SECONDS
                    + " s, then get 503 (default: " + ServerSettings.DEFAULT_RUNNING_QUERIES_PER_CORE
                    + " per core; heavy queries get half as many).")
    Integer maxQueries;

    @Option(names = "--base", paramLabel = "URL",
            description = "The public URL of this server's root, ending in '/', for the absolute links of answers "
                    + "(the VoID's endpoint and downloads); resource IRIs stay under " + Ap.BASE
                    + "; with a path (behind a proxy), every link the server sends is put under it"
                    + " (default: the address a client connected to).")
    String base;

    @Option(names = "--answer-cache-mb", defaultValue = ServerSettings.DEFAULT_ANSWER_CACHE_MB, paramLabel = "MB",
            description = "Memory for answers kept for repeated requests (default: ${DEFAULT-VALUE}); 0 turns the cache off.")
    long answerCacheMb;

    @Option(names = "--allow-service", paramLabel = "HOST",
            description = "Let SERVICE calls reach this host (repeatable); without it SERVICE is refused.")
    Set<String> serviceHosts = Set.of();

    @Option(names = "--snapshots", paramLabel = "DIR",
            description = "Folder of start-up snapshots of the validated graph, one per data version (default: target/snapshots under the home).")
    Path snapshots;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Serve the TDB2 store that `aperture load --store DIR` published (SPARQL and graph store only, no web pages).")
    Path store;

    @Option(names = "--check",
            description = "Start, answer one query and one page over HTTP, print what they returned, and stop (exit 0 if both answered 200).")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ServerSettings settings = settings();
        long start = System.nanoTime();
        ApertureServer server = store != null ? serveStore(settings, start) : serveMemory(home.home(), settings, start);
        if (check) {
            try {
                return SelfCheck.run(server, store == null, spec.commandLine().getOut()) ? 0 : 1;
            } finally {
                server.stop();
            }
        }
        server.join();
        return 0;
    }

    /** The settings the options give; with no option, {@link ServerSettings#defaults()}. */
    ServerSettings settings() {
        ServerSettings.Builder builder = ServerSettings.builder().host(host).port(port)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds)).rowLimit(rowLimit).serviceHosts(serviceHosts)
                .answerCacheMb(answerCacheMb)
                .publicBase(base);
        try {
            if (maxQueries != null) {
                builder.maxRunningQueries(maxQueries);
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /**
     * Serves the graph in memory. When a snapshot of the sources exists, it is read while the server
     * starts (queries that arrive before it wait for it); otherwise the graph is validated and derived
     * before the server starts, so that bad data never gets a listening server.
     */
    private ApertureServer serveMemory(Home h, ServerSettings settings, long start) {
        Snapshots cache = new Snapshots(snapshots != null ? snapshots : h.root().resolve("target/snapshots"));
        String version = SourceDigest.of(h);
        CompletableFuture<KnowledgeGraph.Loaded> loading = cache.has(version)
                ? CompletableFuture.supplyAsync(() -> KnowledgeGraph.open(h, cache, version), SNAPSHOT_READER)
                : CompletableFuture.completedFuture(KnowledgeGraph.open(h, cache, version));
        DatasetGraph dataset = new PendingDataset(loading.thenApply(KnowledgeGraph.Loaded::dataset));
        // SPARQL answers at once; the pages are built by the first page request or a second after the start.
        ApertureServer server = ApertureServer.start(dataset, version, settings,
                DeferredServlet.of(WebApp.PATHS, () -> WebApp.servlets(loading.join().dataset(),
                        NamedQueries.load(h.queries()), settings.queryTimeout(), settings.rowLimit(), settings.publicPath()), SITE_BUILD_PAUSE));
        KnowledgeGraph.Loaded graph;
        try {
            graph = loading.join();
        } catch (CompletionException e) {
            server.stop();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        printServing(server, h.show(h.ontology()) + "/ and " + h.show(h.data()) + "/", graph.version(),
                graph.fromSnapshot() ? "from its snapshot" : "validated and derived", start);
        return server;
    }

    private ApertureServer serveStore(ServerSettings settings, long start) {
        StoreFolder folder = new StoreFolder(store);
        DatasetGraph dataset = folder.openPublished();
        StoreFolder.Published published = folder.published().orElseThrow();
        ApertureServer server = ApertureServer.start(dataset, published.version(), settings, Map.of());
        printServing(server, "the store " + folder.dir().resolve(published.database()), published.version(),
                String.format("%,d models, %,d triples, loaded %s", published.models(), published.triples(),
                        published.loaded()), start);
        return server;
    }

    private void printServing(ApertureServer server, String what, String version, String how, long start) {
        var out = spec.commandLine().getOut();
        out.printf("Aperture is serving %s (data version %s, %s) after %d ms%n", what, version.substring(0, 12), how,
                (System.nanoTime() - start) / 1_000_000);
        if (store == null) {
            out.println("  web pages:          " + server.baseUrl() + "/");
        }
        out.println("  SPARQL query:       " + server.sparqlUrl());
        out.println("  graph store (read): " + server.graphStoreUrl());
        out.println("  ping:               " + server.baseUrl() + "/$/ping");
        out.flush();
    }
}
