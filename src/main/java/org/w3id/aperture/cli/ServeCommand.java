package org.w3id.aperture.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.server.ApertureServer;
import org.w3id.aperture.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Load, validate and serve the graph over SPARQL (read-only).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    HomeOption home;

    @Option(names = "--host", defaultValue = ServerSettings.DEFAULT_HOST, paramLabel = "HOST",
            description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--row-limit", defaultValue = "10000", paramLabel = "ROWS",
            description = "Most solutions a query returns (default: ${DEFAULT-VALUE}); see the Aperture-Row-Limit headers.")
    long rowLimit;

    @Option(names = "--max-queries", paramLabel = "N",
            description = "SPARQL requests running at once; more wait up to 5 s, then get 503 (default: the number of cores).")
    Integer maxQueries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ServerSettings defaults = ServerSettings.defaults();
        ServerSettings settings = defaults.withAddress(host, port)
                .withQueryTimeout(Duration.ofSeconds(timeoutSeconds))
                .withRowLimit(rowLimit)
                .withAdmission(maxQueries == null ? defaults.maxRunningQueries() : maxQueries,
                        defaults.maxQueuedQueries(), defaults.maxQueueWait());
        Home h = home.home();
        ApertureServer server = ApertureServer.start(KnowledgeGraph.build(h), settings);
        var out = spec.commandLine().getOut();
        out.println("Aperture is serving " + h.show(h.ontology()) + "/ and " + h.show(h.data()) + "/");
        out.println("  SPARQL query:       " + server.sparqlUrl());
        out.println("  graph store (read): " + server.graphStoreUrl());
        out.println("  ping:               " + server.baseUrl() + "/$/ping");
        out.flush();
        server.join();
        return 0;
    }
}
