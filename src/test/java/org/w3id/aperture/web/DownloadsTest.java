package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.web.ld.Downloads;

/** The whole-graph downloads hold the served graph; the VoID description lists them; the JSON-LD context is published. */
class DownloadsTest {
    @RegisterExtension
    static final WebFixture web = new WebFixture(Fixtures.home(), Duration.ofSeconds(5));

    @ParameterizedTest
    @CsvSource({"aperture.ttl, TURTLE, text/turtle", "aperture.nt, N-TRIPLES, application/n-triples",
            "aperture.jsonld, JSON-LD, application/ld+json"})
    void graphDownloadsHoldEveryTriple(String file, String langName, String type) throws Exception {
        HttpResponse<byte[]> response = web.get("/download/" + file, null);
        assertEquals(200, response.statusCode());
        assertEquals(type, response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        Graph graph = WebFixture.parse(response.body(), org.apache.jena.riot.RDFLanguages.nameToLang(langName));
        assertEquals(web.dataset.getDefaultGraph().size(), graph.size());
        web.dataset.getDefaultGraph().find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .forEach(t -> assertTrue(graph.contains(t), t.toString()));
    }

    @Test
    void nQuadsDownloadHoldsEveryTriple() throws Exception {
        HttpResponse<byte[]> response = web.get("/download/aperture.nq", null);
        assertEquals(200, response.statusCode());
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.NQUADS).parse(dataset);
        assertEquals(web.dataset.getDefaultGraph().size(), dataset.getDefaultGraph().size());
        assertFalse(dataset.listGraphNodes().hasNext(), "everything is in the default graph");
        web.dataset.getDefaultGraph().find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .forEach(t -> assertTrue(dataset.getDefaultGraph().contains(t), t.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/void", "/.well-known/void"})
    void voidListsDownloadsLicensesAndEndpoint(String path) throws Exception {
        HttpResponse<byte[]> response = web.get(path, "text/turtle");
        assertEquals(200, response.statusCode());
        Graph graph = WebFixture.parse(response.body(), Lang.TURTLE);
        Node sparql = NodeFactory.createURI(web.server.sparqlUrl());
        assertTrue(graph.contains(Node.ANY, NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint"), sparql));
        for (Downloads.File file : Downloads.FILES) {
            Node dist = NodeFactory.createURI(web.url(file.path()));
            assertTrue(graph.contains(Node.ANY, DCAT.distribution.asNode(), dist), file.name());
            assertTrue(graph.contains(dist, DCTerms.license.asNode(), Node.ANY), file.name());
            assertEquals(200, web.get(file.path(), null).statusCode(), file.name());
        }
        assertEquals(Long.toString(web.dataset.getDefaultGraph().size()), graph.find(Node.ANY,
                NodeFactory.createURI("http://rdfs.org/ns/void#triples"), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void voidCitesTheSourcesThatAskForAttribution() throws Exception {
        Graph graph = WebFixture.parse(web.get("/void", "text/turtle").body(), Lang.TURTLE);
        for (String source : new String[] {"osai-5a388e8", "ouc-801f687"}) {
            Node node = NodeFactory.createURI(org.w3id.aperture.vocab.Ap.BASE + "source/" + source);
            assertTrue(graph.contains(Node.ANY, DCTerms.source.asNode(), node), source);
            assertTrue(graph.contains(node, DCTerms.license.asNode(), NodeFactory.createURI("http://spdx.org/licenses/CC-BY-4.0")), source);
            assertTrue(graph.find(node, DCTerms.bibliographicCitation.asNode(), Node.ANY).toList().stream()
                    .anyMatch(t -> t.getObject().getLiteralLexicalForm().startsWith("Liesenfeld, A.")), source);
        }
    }

    @Test
    void voidNegotiatesJsonLd() throws Exception {
        HttpResponse<byte[]> response = web.get("/void", "application/ld+json");
        assertEquals("application/ld+json", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        assertTrue(WebFixture.parse(response.body(), Lang.JSONLD).size() > 10);
    }

    @Test
    void publishedContextIsTheDownloadsContext() throws Exception {
        HttpResponse<byte[]> response = web.get("/context.jsonld", null);
        assertEquals(200, response.statusCode());
        var context = org.apache.jena.atlas.json.JSON.parse(WebFixture.body(response)).get("@context").getAsObject();
        assertEquals("https://w3id.org/aperture#", context.get("ap").getAsString().value());
        var download = org.apache.jena.atlas.json.JSON.parse(WebFixture.body(web.get("/download/aperture.jsonld", null)))
                .get("@context").getAsObject();
        for (String prefix : context.keys()) {
            if (download.hasKey(prefix)) {
                assertEquals(context.get(prefix), download.get(prefix), prefix);
            }
        }
        assertTrue(download.hasKey("ap"), "the download uses the same prefixes");
    }
}
