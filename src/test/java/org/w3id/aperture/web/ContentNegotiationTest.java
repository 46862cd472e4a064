package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.jsoup.nodes.Document;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.format.MediaFormat;
import org.w3id.aperture.vocab.Ap;

/** Every resource answers HTML or RDF by Accept and by extension, with its own triples, labels and incoming links. */
class ContentNegotiationTest {
    private static final String AP = Ap.NS;
    @RegisterExtension
    static final WebFixture web = new WebFixture(Fixtures.home(), Duration.ofSeconds(5));

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    /** A resource, where it is served, and one triple its description must hold. */
    static Stream<Arguments> resources() {
        String llama = Ap.BASE + "model/llama-2";
        String weights = Ap.BASE + "component/deployment-data-weights";
        String apache = Ap.BASE + "license/apache-2-0";
        return Stream.of(
                Arguments.of("/model/llama-2", llama, RDF.type.getURI(), AP + "Model"),
                Arguments.of("/model/llama-2", Ap.BASE + "assessment/llama-2/deployment-data-weights", AP + "model", llama),
                Arguments.of("/component/deployment-data-weights", weights, AP + "kind", Ap.BASE + "kind/data"),
                Arguments.of("/license/apache-2-0", apache, AP + "permissionPoints", null),
                Arguments.of("/def/Model", AP + "Model", RDF.type.getURI(), OWL.Class.getURI()),
                Arguments.of("/def/Model", AP + "Model", RDFS.label.getURI(), null));
    }

    static Stream<Arguments> formatsAndResources() {
        return resources().flatMap(r -> MediaFormat.ofKind(MediaFormat.Kind.GRAPH).stream().map(f -> Arguments.of(f, r.get()[0], r.get()[1], r.get()[2], r.get()[3])));
    }

    @ParameterizedTest
    @MethodSource("formatsAndResources")
    void acceptGivesEachRdfFormat(MediaFormat format, String path, String s, String p, String o) throws Exception {
        HttpResponse<byte[]> response = web.get(path, format.mediaType());
        assertEquals(200, response.statusCode());
        assertEquals(format.mediaType(), response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        assertHolds(WebFixture.parse(response.body(), format.lang()), s, p, o);
    }

    @ParameterizedTest
    @MethodSource("formatsAndResources")
    void extensionGivesEachRdfFormat(MediaFormat format, String path, String s, String p, String o) throws Exception {
        HttpResponse<byte[]> response = web.get(path + "." + format.extension(), "text/html");
        assertEquals(200, response.statusCode());
        assertEquals(format.mediaType(), response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        assertHolds(WebFixture.parse(response.body(), format.lang()), s, p, o);
    }

    private static void assertHolds(Graph graph, String s, String p, String o) {
        assertTrue(graph.contains(iri(s), iri(p), o == null ? Node.ANY : iri(o)), s + " " + p + " " + o);
    }

    @Test
    void descriptionCarriesLabelsOfWhatItPointsToAndIncomingLinks() throws Exception {
        Graph graph = WebFixture.parse(web.get("/model/llama-2", "text/turtle").body(), MediaFormat.TURTLE.lang());
        assertTrue(graph.contains(iri(Ap.BASE + "org/meta-ai"), RDFS.label.asNode(), Node.ANY), "label of the developer");
        assertTrue(graph.contains(iri(Ap.BASE + "set/paper-analysed-40"), iri("http://www.w3.org/ns/prov#hadMember"),
                iri(Ap.BASE + "model/llama-2")), "incoming set membership");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*", ""})
    void browsersAndWildcardsGetHtml(String accept) throws Exception {
        HttpResponse<byte[]> response = web.get("/model/llama-2", accept.isEmpty() ? null : accept);
        assertEquals(200, response.statusCode());
        assertEquals("text/html", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
    }

    @Test
    void qValuesDecide() throws Exception {
        HttpResponse<byte[]> response = web.get("/license/mit", "text/html;q=0.5, application/ld+json;q=0.9, text/turtle;q=0.1");
        assertEquals("application/ld+json", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
    }

    @Test
    void unacceptableTypeIs406() throws Exception {
        assertEquals(406, web.get("/model/llama-2", "image/png").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/model/no-such-model", "/model/no-such-model.ttl", "/def/NoSuchTerm", "/nothing", "/model/llama-2.xyz"})
    void unknownIrisAre404WithAHelpfulPage(String path) throws Exception {
        HttpResponse<byte[]> response = web.get(path, "text/turtle, text/html;q=0.5");
        assertEquals(404, response.statusCode());
        Document page = org.jsoup.Jsoup.parse(WebFixture.body(response));
        assertTrue(page.select("a[href=/]").size() + page.select("a[href^=/model/]").size() > 0, "points somewhere useful");
    }

    @Test
    void notFoundUnderAKindListsItsResources() throws Exception {
        Document page = org.jsoup.Jsoup.parse(WebFixture.body(web.get("/model/llama-9", "text/html")));
        assertEquals(45, page.select("main ul.columns a[href^=/model/]").size());
    }

    @Test
    void htmlLinksItsAlternatesAndIriAndAQuery() throws Exception {
        Document page = web.page("/license/apache-2-0");
        for (MediaFormat f : MediaFormat.ofKind(MediaFormat.Kind.GRAPH)) {
            assertEquals(1, page.select("link[rel=alternate][type=" + f.mediaType() + "][href=/license/apache-2-0." + f.extension() + "]").size());
        }
        assertTrue(page.select(".iri").text().contains(Ap.BASE + "license/apache-2-0"));
        String query = page.select("a.query-this").attr("href");
        assertTrue(java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8)
                .contains("DESCRIBE <" + Ap.BASE + "license/apache-2-0>"), query);
        assertEquals(200, web.get(query, "text/html").statusCode());
    }

    @Test
    void ontologyDocumentListsItsTerms() throws Exception {
        Document page = web.page("/ontology");
        assertTrue(page.select("a[href=/def/Model]").size() > 0);
        assertTrue(page.select("a[href=/def/releasedShare]").size() > 0);
    }
}
