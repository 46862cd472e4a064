package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jsoup.nodes.Document;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.server.ApertureServer;
import org.w3id.aperture.server.ServerSettings;

/**
 * A running server with the web face on a free port, and HTTP helpers for the tests; as a JUnit
 * extension ({@code @RegisterExtension static final WebFixture web = ...}) it stops after the class.
 */
final class WebFixture implements AutoCloseable, AfterAllCallback {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final DatasetGraph dataset;
    final ApertureServer server;

    WebFixture(Home home, Duration timeout) {
        this(home, timeout, ServerSettings.defaults().answerCacheBytes());
    }

    /** @param answerCacheBytes the server's answer cache; 0 turns it off, so every page is rendered anew */
    WebFixture(Home home, Duration timeout, long answerCacheBytes) {
        dataset = home.root().equals(Fixtures.home().root()) ? Fixtures.graph() : KnowledgeGraph.build(home);
        server = ApertureServer.start(dataset, ServerSettings.builder().port(0).queryTimeout(timeout)
                        .answerCacheBytes(answerCacheBytes).build(),
                WebApp.servlets(dataset, NamedQueries.load(home.queries()), timeout,
                        ServerSettings.defaults().rowLimit()));
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return get(path, accept, java.util.Map.of());
    }

    /** A GET with extra headers (a {@code Host} header too: the build allows it to Java's client). */
    HttpResponse<byte[]> get(String path, String accept, java.util.Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A page that must answer 200 with HTML, parsed. */
    Document page(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, "text/html");
        assertEquals(200, response.statusCode(), path + ": " + body(response));
        return Jsoup.parse(body(response), url(path));
    }

    static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static Graph parse(byte[] body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(graph);
        return graph;
    }

    @Override
    public void close() {
        server.stop();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
