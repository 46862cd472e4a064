package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
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
import org.w3id.aperture.web.core.SiteIris;

/**
 * {@code serve --base URL} with a path, as behind a proxy that publishes the server's root there: the data keeps its
 * IRIs and is all served at the server's own paths; absolute links use the public URL and every link the server sends
 * out is under the public path.
 */
class PublicBaseTest {
    private static final String PUBLIC = "http://example.org/ap/";
    private static ApertureServer server;

    @BeforeAll
    static void start() {
        DatasetGraph dataset = Fixtures.graph();
        ServerSettings settings = ServerSettings.builder().port(0).publicBase(PUBLIC).build();
        server = ApertureServer.start(dataset, settings, WebApp.servlets(dataset,
                NamedQueries.load(Fixtures.home().queries()), java.time.Duration.ofSeconds(5), settings.rowLimit(), settings.publicPath()));
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

    /** What a proxy that publishes the server's root at {@value #PUBLIC} does with a path it receives. */
    private static String proxied(String publicPath) {
        assertTrue(publicPath.startsWith("/ap/"), publicPath + " is under the public path");
        return publicPath.substring("/ap".length());
    }

    @Test
    void thePagesLinksAreUnderThePublicPathAndResolveThroughTheProxy() throws Exception {
        HttpResponse<byte[]> page = get("/model/llama-2", "text/html");
        assertEquals(200, page.statusCode());
        Document html = Jsoup.parse(WebFixture.body(page));
        assertEquals(Ap.BASE + "model/llama-2", html.select(".iri code").first().text(), "the page shows the data IRI");
        List<String> rooted = html.select("[href^=/], [src^=/], [action^=/], [data-suggest], [data-terms]").stream()
                .flatMap(e -> e.attributes().asList().stream())
                .filter(a -> List.of("href", "src", "action", "data-suggest", "data-terms").contains(a.getKey()) && a.getValue().startsWith("/"))
                .map(a -> a.getValue()).toList();
        assertTrue(rooted.size() > 20, "links: " + rooted);
        rooted.forEach(PublicBaseTest::proxied);
        for (String path : List.of("/ap/org/meta-ai", "/ap/component/deployment-data-weights", "/ap/model/llama-2.ttl", "/ap/static/aperture.js",
                "/ap/search.json", "/ap/matrix")) {
            assertTrue(rooted.contains(path), path + " among " + rooted);
        }
        for (String path : rooted.stream().filter(p -> !p.startsWith("/ap/query?")).distinct().toList()) {
            assertEquals(200, get(proxied(path), "text/html").statusCode(), path);
        }
        assertFalse(WebFixture.body(page).contains("https://w3id.org/aperture/org/meta-ai\""), "data IRIs are not used as links");
    }

    @Test
    void linksOutsidePagesAreUnderThePublicPathToo() throws Exception {
        HttpResponse<byte[]> turtle = get("/model/llama-2", "text/turtle");
        assertEquals("/ap/model/llama-2.ttl", turtle.headers().firstValue("Content-Location").orElseThrow());
        assertTrue(turtle.headers().firstValue("Link").orElseThrow().startsWith("</ap/model/llama-2."), turtle.headers().toString());
        assertEquals("</ap/dataset>; rel=\"describedby\"", get("/void", "text/turtle").headers().firstValue("Link").orElseThrow());
        String hits = WebFixture.body(get("/search.json?q=llama", "application/json"));
        List<String> hrefs = Pattern.compile("\"href\"\\s*:\\s*\"([^\"]*)\"").matcher(hits).results().map(m -> m.group(1)).toList();
        assertTrue(hrefs.contains("/ap/model/llama"), hits);
        hrefs.forEach(PublicBaseTest::proxied);
        Graph data = WebFixture.parse(turtle.body(), Lang.TURTLE);
        Node model = NodeFactory.createURI(Ap.BASE + "model/llama-2");
        assertTrue(data.contains(model, RDF.type.asNode(), NodeFactory.createURI(Ap.NS + "Model")));
        assertTrue(data.contains(model, NodeFactory.createURI(Ap.NS + "developer"), NodeFactory.createURI(Ap.BASE + "org/meta-ai")));
        assertFalse(data.find().toList().stream().anyMatch(t -> t.toString().contains("example.org")), "no public URL in the data");
    }

    @Test
    void aBaseAtAHostsRootLeavesThePathsAsTheyAre() {
        assertEquals("/ap", ServerSettings.builder().publicBase(PUBLIC).build().publicPath());
        assertEquals("", ServerSettings.builder().publicBase("https://example.org/").build().publicPath());
        assertEquals("", ServerSettings.defaults().publicPath());
        String page = "<a href=\"/matrix\">m</a> <a href=\"//cdn.example/x\">x</a> <a href=\"https://arxiv.org/\">a</a> <p>href=\"/not-a-link</p>";
        assertEquals(page, new SiteIris().publicLinks(page));
        assertEquals("<a href=\"/ap/matrix\">m</a> <a href=\"//cdn.example/x\">x</a> <a href=\"https://arxiv.org/\">a</a> <p>href=\"/not-a-link</p>",
                new SiteIris("/ap").publicLinks(page));
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
