package org.w3id.aperture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.UpstreamCells;
import org.w3id.aperture.query.NamedQueries;

/** The running endpoint, over HTTP on a free port: answers, formats, and what it refuses. */
class ServerTest {
    private static final String LLAMA_2 = "https://w3id.org/aperture/model/llama-2";
    private static ApertureServer server;
    private static NamedQueries queries;
    private static final HttpTestClient client = new HttpTestClient();

    @BeforeAll
    static void start() {
        queries = NamedQueries.load(Fixtures.home().queries());
        server = ApertureServer.start(Fixtures.graph(),
                ServerSettings.builder().port(0).queryTimeout(Duration.ofSeconds(2)).build());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String text(String name) {
        return queries.get(name).orElseThrow().query().toString();
    }

    private static HttpResponse<byte[]> get(String url, String accept) throws Exception {
        return client.get(url, accept);
    }

    private static HttpResponse<byte[]> query(String query, String accept) throws Exception {
        return client.query(server, query, accept);
    }

    private static HttpResponse<byte[]> post(String url, String contentType, String body) throws Exception {
        return client.post(url, contentType, body);
    }

    private static List<QuerySolution> rows(HttpResponse<byte[]> response) {
        return HttpTestClient.rows(response);
    }

    @Test
    void theMatrixHas540RowsEqualToTheUpstreamCells() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        for (UpstreamCells.Cell c : UpstreamCells.read(Fixtures.UPSTREAM)) {
            boolean unknown = c.value().equals("Unknown");
            expected.put(c.title() + " | " + c.key(),
                    c.notation() + " | " + (unknown ? null : c.license()) + " | " + (unknown ? c.license() : null));
        }
        List<QuerySolution> rows = rows(query(text("openness-matrix"), "application/sparql-results+json"));
        assertEquals(540, rows.size());
        Map<String, String> actual = new TreeMap<>();
        for (QuerySolution row : rows) {
            actual.put(row.getLiteral("modelLabel").getString() + " | " + row.getLiteral("componentKey").getString(),
                    row.getLiteral("value").getString()
                            + " | " + (row.contains("license") ? row.getLiteral("license").getString() : null)
                            + " | " + (row.contains("note") ? row.getLiteral("note").getString() : null));
            assertTrue(row.getResource("model").getURI().startsWith("https://w3id.org/aperture/model/"));
        }
        assertEquals(expected, actual);
    }

    @Test
    void theLevelDistributionMatchesCountsOfTheUpstreamFiles() throws Exception {
        Map<String, int[]> expected = new TreeMap<>();
        for (UpstreamCells.Cell c : UpstreamCells.read(Fixtures.UPSTREAM)) {
            int[] counts = expected.computeIfAbsent(c.key() + " " + c.notation(), k -> new int[2]);
            counts[0]++;
            counts[1] += c.inPaper() ? 1 : 0;
        }
        Map<String, String> expectedText = new TreeMap<>();
        expected.forEach((k, v) -> expectedText.put(k, v[0] + "/" + v[1]));
        HttpResponse<byte[]> response = post(server.sparqlUrl(), "application/sparql-query", text("level-distribution"));
        Map<String, String> actual = new TreeMap<>();
        for (QuerySolution row : rows(response)) {
            actual.put(row.getLiteral("componentKey").getString() + " " + row.getLiteral("value").getString(),
                    row.getLiteral("models").getInt() + "/" + row.getLiteral("paperModels").getInt());
        }
        assertEquals(expectedText, actual);
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json",
        "application/sparql-results+xml, application/sparql-results+xml",
        "text/csv, text/csv",
        "text/tab-separated-values, text/tab-separated-values"})
    void selectResultsComeInEachFormat(String accept, String contentType) throws Exception {
        HttpResponse<byte[]> response = query("SELECT ?label { <" + LLAMA_2 + "> <" + RDFS.label + "> ?label }", accept);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("LLaMA-2"));
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void graphResultsComeInEachFormatAndParse(String accept) throws Exception {
        HttpResponse<byte[]> response = query("DESCRIBE <" + LLAMA_2 + ">", accept);
        assertEquals(200, response.statusCode());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(contentType.startsWith(accept), contentType);
        Graph graph = parse(response.body(), RDFLanguages.contentTypeToLang(accept));
        assertTrue(graph.contains(NodeFactory.createURI(LLAMA_2), RDFS.label.asNode(), NodeFactory.createLiteralString("LLaMA-2")));
    }

    @Test
    void theGraphStoreIsReadable() throws Exception {
        HttpResponse<byte[]> response = get(server.graphStoreUrl() + "?default", "text/turtle");
        assertEquals(200, response.statusCode());
        Graph graph = parse(response.body(), Lang.TURTLE);
        assertTrue(graph.contains(NodeFactory.createURI(LLAMA_2), RDFS.label.asNode(), NodeFactory.createLiteralString("LLaMA-2")));
    }

    @Test
    void updatesGraphStoreWritesAndLoadAreRefused() throws Exception {
        String insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        String triple = "<urn:x> <urn:y> <urn:z> .";
        List<HttpRequest> attempts = List.of(
                HttpTestClient.postRequest(server.sparqlUrl(), "application/sparql-update", insert),
                HttpTestClient.postRequest(server.sparqlUrl(), "application/x-www-form-urlencoded",
                        "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)),
                HttpTestClient.postRequest(server.baseUrl() + "/aperture/update", "application/sparql-update", insert),
                HttpTestClient.postRequest(server.baseUrl() + "/aperture", "application/sparql-update", insert),
                HttpTestClient.postRequest(server.sparqlUrl(), "application/sparql-update",
                        "LOAD <" + server.graphStoreUrl() + "?default>"),
                HttpTestClient.postRequest(server.graphStoreUrl() + "?default", "text/turtle", triple),
                HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?default"))
                        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(triple)).build(),
                HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?default")).DELETE().build());
        for (HttpRequest attempt : attempts) {
            HttpResponse<byte[]> response = HttpTestClient.sendAlone(attempt);
            int status = response.statusCode();
            assertTrue(status >= 400 && status < 500, response.request().method() + " " + response.request().uri() + " gave " + status);
        }
        List<QuerySolution> unchanged = rows(query("SELECT * { <urn:x> ?p ?o }", "application/sparql-results+json"));
        assertEquals(0, unchanged.size(), "nothing was written");
        assertTrue(rows(query("SELECT * { <" + LLAMA_2 + "> ?p ?o } LIMIT 1", "application/sparql-results+json")).size() == 1,
                "nothing was deleted");
    }

    @Test
    void aMalformedQueryGets400WithTheParsersMessage() throws Exception {
        HttpResponse<byte[]> response = query("SELECT ?x WHERE { ?x ?y }", "application/sparql-results+json");
        assertEquals(400, response.statusCode());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("line 1, column"), body);
    }

    @Test
    void serviceCallsAreRefused() throws Exception {
        HttpResponse<byte[]> response = query("SELECT * { SERVICE <" + server.sparqlUrl() + "> { ?s ?p ?o } } LIMIT 1",
                "application/sparql-results+json");
        assertFalse(response.statusCode() == 200, "SERVICE to this very endpoint would answer if it were allowed");
        assertTrue(response.statusCode() >= 400, "status " + response.statusCode());
    }

    @Test
    void aRunawayQueryEndsAtTheTimeout() throws Exception {
        HttpResponse<byte[]> response = query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "application/sparql-results+json");
        assertEquals(503, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void pingAnswers() throws Exception {
        assertEquals(200, get(server.baseUrl() + "/$/ping", "text/plain").statusCode());
    }

    private static Graph parse(byte[] body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(graph);
        return graph;
    }
}
