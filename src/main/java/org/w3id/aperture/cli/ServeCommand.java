package org.w3id.aperture.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.server.ApertureServer;
import org.w3id.aperture.server.ServerSettings;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Load, validate and serve the graph: web pages, linked data and SPARQL (read-only).")
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

    @Option(names = "--base", defaultValue = Ap.BASE, paramLabel = "IRI",
            description = "IRI prefix of the resources served at this server's root (default: ${DEFAULT-VALUE}).")
    String base;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ServerSettings settings = new ServerSettings(host, port, Duration.ofSeconds(timeoutSeconds));
        Home h = home.home();
        var dataset = KnowledgeGraph.build(h);
        var web = WebApp.servlets(dataset, base, NamedQueries.load(h.queries()), settings.queryTimeout());
        ApertureServer server = ApertureServer.start(dataset, settings, web);
        var out = spec.commandLine().getOut();
        out.println("Aperture is serving " + h.show(h.ontology()) + "/ and " + h.show(h.data()) + "/");
        out.println("  web pages:          " + server.baseUrl() + "/");
        out.println("  SPARQL query:       " + server.sparqlUrl());
        out.println("  graph store (read): " + server.graphStoreUrl());
        out.println("  ping:               " + server.baseUrl() + "/$/ping");
        out.flush();
        server.join();
        return 0;
    }
}
