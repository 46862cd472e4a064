package org.w3id.aperture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aperture.Fixtures;

/** The SPARQL 1.1 protocol as clients speak it: service description, HEAD, parameters, bodies, formats, errors. */
class ProtocolTest {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final HttpTestClient client = new HttpTestClient();
    private static ApertureServer server;

    @BeforeAll
    static void start() {
        DatasetGraph graph = Fixtures.graph();
        server = ApertureServer.start(graph, ServerSettings.builder().port(0)
                .queryTimeout(Duration.ofSeconds(2)).build());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String url(String query, String extra) {
        return server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra;
    }

    private static String type(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    private static Graph parse(HttpResponse<byte[]> response, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).parse(g);
        return g;
    }

    @ParameterizedTest
    @CsvSource({"text/turtle,TURTLE", "application/ld+json,JSONLD", "application/rdf+xml,RDFXML", "application/n-triples,NTRIPLES"})
    void aGetWithoutAQueryIsTheServiceDescription(String accept, String lang) throws Exception {
        HttpResponse<byte[]> response = client.get(server.sparqlUrl(), accept);
        assertEquals(200, response.statusCode());
        assertEquals(accept, type(response));
        Graph sd = parse(response, org.apache.jena.riot.RDFLanguages.nameToLang(lang));
        var service = NodeFactory.createURI(server.sparqlUrl());
        assertTrue(sd.contains(service, RDF.type.asNode(), NodeFactory.createURI(SD + "Service")));
        assertTrue(sd.contains(service, NodeFactory.createURI(SD + "endpoint"), service));
        assertTrue(sd.contains(service, NodeFactory.createURI(SD + "supportedLanguage"), NodeFactory.createURI(SD + "SPARQL11Query")));
        assertTrue(sd.find(service, NodeFactory.createURI(SD + "resultFormat"), null).toList().size() >= 8);
        assertTrue(sd.find(service, NodeFactory.createURI(SD + "defaultDataset"), null).hasNext());
    }

    @Test
    void queryAndUpdateTogetherAreRefused() throws Exception {
        HttpResponse<byte[]> response = client.get(url("ASK {}", "&update=" + URLEncoder.encode("CLEAR ALL", StandardCharsets.UTF_8)),
                HttpTestClient.JSON);
        assertEquals(400, response.statusCode());
        assertEquals("text/plain", type(response));
        HttpResponse<byte[]> form = HttpTestClient.sendAlone(HttpTestClient.postRequest(server.sparqlUrl(),
                "application/x-www-form-urlencoded", "query=ASK%7B%7D&update=CLEAR%20ALL"));
        assertEquals(400, form.statusCode());
    }

    @Test
    void aDirectBodyMustBeUtf8() throws Exception {
        byte[] latin1 = "SELECT * { ?s ?p \"caf\u00e9\" }".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<byte[]> malformed = HttpTestClient.sendAlone(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build());
        assertEquals(400, malformed.statusCode());
        assertTrue(HttpTestClient.body(malformed).contains("UTF-8"));
        HttpResponse<byte[]> declared = HttpTestClient.sendAlone(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build());
        assertEquals(400, declared.statusCode());
        HttpResponse<byte[]> good = client.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query; charset=utf-8").header("Accept", HttpTestClient.JSON)
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * { ?s ?p \"caf\u00e9\" }", StandardCharsets.UTF_8)).build());
        assertEquals(200, good.statusCode());
    }

    @ParameterizedTest
    @CsvSource({
            "SELECT * { ?s ?p ?o } LIMIT 1, format=json, application/sparql-results+json",
            "SELECT * { ?s ?p ?o } LIMIT 1, output=xml, application/sparql-results+xml",
            "SELECT * { ?s ?p ?o } LIMIT 1, format=csv, text/csv",
            "SELECT * { ?s ?p ?o } LIMIT 1, output=tsv, text/tab-separated-values",
            "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1, format=rdf%2Bxml, application/rdf+xml",
            "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1, format=rdf+xml, application/rdf+xml",
            "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1, format=n3, text/turtle",
            "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1, format=turtle, text/turtle",
            "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1, format=json, application/ld+json",
            "SELECT * { ?s ?p ?o } LIMIT 1, format=nonsense, text/csv"})
    void legacyFormatParametersAreUnderstoodAndAnUnknownOneLeavesItToAccept(String query, String parameter, String expected)
            throws Exception {
        HttpResponse<byte[]> response = client.get(url(query, "&" + parameter), query.startsWith("SELECT") ? "text/csv" : "text/turtle");
        assertEquals(200, response.statusCode(), HttpTestClient.body(response));
        assertEquals(expected, type(response));
    }

    @Test
    void anUnacceptableAcceptFallsBackToAStandardFormat() throws Exception {
        HttpResponse<byte[]> select = client.get(url("SELECT * { ?s ?p ?o } LIMIT 1", ""), "image/png");
        assertEquals(200, select.statusCode());
        assertEquals("application/sparql-results+json", type(select));
        HttpResponse<byte[]> graph = client.get(url("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", ""), "image/png");
        assertEquals("text/turtle", type(graph));
        HttpResponse<byte[]> plain = client.get(url("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3", ""), "text/plain");
        assertEquals("text/plain", type(plain));
        assertEquals(3, parse(plain, Lang.NTRIPLES).size(), "text/plain is N-Triples for a graph");
    }

    @Test
    void errorsAreShortPlainTextWhateverWasAccepted() throws Exception {
        for (String accept : new String[] {"text/csv", "text/html", "application/sparql-results+json"}) {
            HttpResponse<byte[]> response = client.get(url("SELECT * { ?s ?p }", ""), accept);
            assertEquals(400, response.statusCode());
            assertEquals("text/plain", type(response));
            assertFalse(HttpTestClient.body(response).contains("<html"), accept);
            assertFalse(HttpTestClient.body(response).contains("Exception"), accept);
        }
        HttpResponse<byte[]> tooLong = client.get(server.sparqlUrl() + "?query=" + "x".repeat(20 * 1024), "text/csv");
        assertEquals(414, tooLong.statusCode());
        assertEquals("text/plain", type(tooLong));
        assertEquals("nosniff", tooLong.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(tooLong.headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    void traceIsRefusedEverywhere() throws Exception {
        for (String path : new String[] {"/$/ping", "/aperture/sparql", "/"}) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("X-Echo", "secret").build());
            assertEquals(405, response.statusCode(), path);
            assertFalse(HttpTestClient.body(response).contains("secret"), path);
        }
    }

    @Test
    void anAnswerStoppedAfterItBeganStreamingIsBrokenNotA200AndIsNotCached() throws Exception {
        // the first branch streams 540 rows (more than the output buffer) at once; the second then counts a cross
        // product past the timeout
        String query = "SELECT * { { ?s a <https://w3id.org/aperture#Assessment> } "
                + "UNION { SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } } }";
        for (int attempt = 0; attempt < 2; attempt++) {
            IOException broken = assertThrows(IOException.class, () -> client.query(server, query, HttpTestClient.JSON),
                    "the client must see a broken answer, not a complete one");
            assertTrue(broken.getMessage() != null);
        }
    }

    @Test
    void outputParametersCannotInjectMarkupOrScript() throws Exception {
        HttpResponse<byte[]> xml = client.get(url("SELECT * { ?s ?p ?o } LIMIT 1", "&stylesheet="
                + URLEncoder.encode("\"?><script>alert(1)</script>", StandardCharsets.UTF_8)), "application/sparql-results+xml");
        assertEquals(200, xml.statusCode());
        assertFalse(HttpTestClient.body(xml).contains("<script>"));
        assertFalse(HttpTestClient.body(xml).contains("xml-stylesheet"));
        HttpResponse<byte[]> json = client.get(url("SELECT * { ?s ?p ?o } LIMIT 1", "&callback=alert(document.domain)//"),
                HttpTestClient.JSON);
        assertEquals(200, json.statusCode());
        assertTrue(HttpTestClient.body(json).trim().startsWith("{"), "JSON, not script");
    }
}
