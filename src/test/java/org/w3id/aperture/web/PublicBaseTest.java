package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.server.ApertureServer;
import org.w3id.aperture.server.ServerSettings;
import org.w3id.aperture.vocab.Ap;

/** {@code serve --base URL}: the data keeps its IRIs and is all served; absolute links use the public URL. */
class PublicBaseTest {
    private static final String PUBLIC = "http://example.org/ap/";
    private static ApertureServer server;

    @BeforeAll
    static void start() {
        DatasetGraph dataset = Fixtures.graph();
        ServerSettings settings = ServerSettings.builder().port(0).publicBase(PUBLIC).build();
        server = ApertureServer.start(dataset, settings, WebApp.servlets(dataset,
                NamedQueries.load(Fixtures.home().queries()), java.time.Duration.ofSeconds(5), settings.rowLimit()));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return WebFixture.HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyModelIsStillServedAndAbsoluteLinksUseThePublicUrl() throws Exception {
        assertEquals(200, get("/model/llama-2", "text/html").statusCode());
        assertEquals(200, get("/matrix", "text/html").statusCode());
        String voidTurtle = WebFixture.body(get("/void", "text/turtle"));
        assertTrue(voidTurtle.contains("<http://example.org/ap/aperture/sparql>"), voidTurtle);
        assertTrue(voidTurtle.contains("<http://example.org/ap/download/aperture.ttl>"), voidTurtle);
        assertFalse(voidTurtle.contains("127.0.0.1"), "no local address leaks into the public description");
        String sd = WebFixture.body(get("/aperture/sparql", "text/turtle"));
        assertTrue(sd.contains("<http://example.org/ap/aperture/sparql>"), sd);
        String model = WebFixture.body(get("/model/llama-2", "text/turtle"));
        assertTrue(model.contains("model:llama-2") || model.contains("<" + Ap.BASE + "model/llama-2>"), "the data keeps its IRIs");
    }

    @Test
    void theModelPageLinksStayOnTheServerAndItsTurtleKeepsTheDataIris() throws Exception {
        HttpResponse<byte[]> page = get("/model/llama-2", "text/html");
        assertEquals(200, page.statusCode());
        Document html = Jsoup.parse(WebFixture.body(page), server.baseUrl() + "/model/llama-2");
        assertEquals(Ap.BASE + "model/llama-2", html.select(".iri code").first().text(), "the page shows the data IRI");
        List<String> local = html.select("a[href^=/]").eachAttr("href");
        for (String path : List.of("/org/meta-ai", "/component/deployment-data-weights", "/model/llama-2.ttl")) {
            assertTrue(local.contains(path), path + " among " + local);
            assertEquals(200, get(path, "text/html").statusCode(), path);
        }
        assertFalse(WebFixture.body(page).contains("https://w3id.org/aperture/org/meta-ai\""), "data IRIs are not used as links");
        Graph turtle = WebFixture.parse(get("/model/llama-2", "text/turtle").body(), Lang.TURTLE);
        Node model = NodeFactory.createURI(Ap.BASE + "model/llama-2");
        assertTrue(turtle.contains(model, RDF.type.asNode(), NodeFactory.createURI(Ap.NS + "Model")));
        assertTrue(turtle.contains(model, NodeFactory.createURI(Ap.NS + "developer"), NodeFactory.createURI(Ap.BASE + "org/meta-ai")));
        assertFalse(turtle.find().toList().stream().anyMatch(t -> t.toString().contains("example.org")), "no public URL in the data");
    }

    @Test
    void aPublicBaseMustBeAnHttpUrlEndingInASlash() {
        for (String bad : new String[] {"example.org/ap/", "http://example.org/ap", "ftp://example.org/"}) {
            assertTrue(assertThrowsIllegal(bad), bad);
        }
    }

    private static boolean assertThrowsIllegal(String base) {
        try {
            ServerSettings.builder().publicBase(base).build();
            return false;
        } catch (IllegalArgumentException e) {
            return e.getMessage().contains("public base");
        }
    }
}
