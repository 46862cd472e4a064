package org.w3id.aperture.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.SourceDigest;
import org.w3id.aperture.query.AnswerFiles;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.query.NamedQuery;

/**
 * The answer cache and ETags change nothing but speed: cached answers equal uncached ones, and both are the named
 * queries' recorded answers ({@link AnswerFiles}) in every format that keeps RDF terms.
 */
class CachingTest {
    private static final List<String> SELECT_FORMATS = List.of("application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values");
    private static final List<String> GRAPH_FORMATS = List.of("text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml");
    private static final HttpTestClient client = new HttpTestClient();
    private static ApertureServer server;

    @BeforeAll
    static void start() {
        server = ApertureServer.start(Fixtures.graph(), SourceDigest.of(Fixtures.home()),
                ServerSettings.builder().port(0).build(), Map.of());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everyNamedQueryInEveryFormatIsAnsweredTheSameFromTheCache() throws Exception {
        int checked = 0;
        for (NamedQuery q : NamedQueries.load(Fixtures.home().queries()).all()) {
            if (q.query().toString().contains("SERVICE")) {
                continue;
            }
            for (String accept : q.query().isSelectType() || q.query().isAskType() ? SELECT_FORMATS : GRAPH_FORMATS) {
                String text = q.query().toString();
                HttpResponse<byte[]> miss = client.query(server, text, accept);
                HttpResponse<byte[]> hit = client.query(server, text, accept);
                assertEquals(200, miss.statusCode(), q.name() + " " + accept);
                assertTrue(miss.headers().firstValue(CachingFilter.CACHE_HEADER).isEmpty(), q.name() + " first answer ran the query");
                assertEquals("hit", hit.headers().firstValue(CachingFilter.CACHE_HEADER).orElse(""), q.name() + " " + accept);
                assertArrayEquals(miss.body(), hit.body(), q.name() + " " + accept);
                assertEquals(miss.headers().firstValue("Content-Type"), hit.headers().firstValue("Content-Type"));
                if (!accept.equals("text/csv")) {
                    Optional<String> difference = AnswerFiles.difference(q.query(), AnswerFiles.read(q), answer(q, accept, hit.body()));
                    assertTrue(difference.isEmpty(), () -> q.name() + " as " + accept + ": " + difference.get());
                }
                checked++;
            }
        }
        assertTrue(checked >= 40, "checked " + checked);
    }

    /** An answer read back from the endpoint's bytes (CSV is left out: it does not keep datatypes). */
    private static AnswerFiles.Answer answer(NamedQuery q, String accept, byte[] body) {
        Lang lang = RDFLanguages.contentTypeToLang(accept);
        if (!q.query().isSelectType() && !q.query().isAskType()) {
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(graph);
            return new AnswerFiles.Answer(null, null, graph);
        }
        SPARQLResult result = ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(body));
        return result.isBoolean() ? new AnswerFiles.Answer(null, result.getBooleanResult(), null)
                : new AnswerFiles.Answer(RowSet.adapt(result.getResultSet()).rewindable(), null, null);
    }

    @Test
    void aMatchingIfNoneMatchGets304AndOtherQueriesOtherTags() throws Exception {
        HttpResponse<byte[]> first = client.query(server, "SELECT ?s { ?s a <https://w3id.org/aperture#Model> }", HttpTestClient.JSON);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = client.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode("SELECT ?s { ?s a <https://w3id.org/aperture#Model> }", StandardCharsets.UTF_8)))
                .header("Accept", HttpTestClient.JSON).header("If-None-Match", etag).GET().build());
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        HttpResponse<byte[]> other = client.query(server, "SELECT ?s { ?s a <https://w3id.org/aperture#License> }", HttpTestClient.JSON);
        assertNotEquals(etag, other.headers().firstValue("ETag").orElseThrow());
        HttpResponse<byte[]> otherFormat = client.query(server, "SELECT ?s { ?s a <https://w3id.org/aperture#Model> }", "text/csv");
        assertNotEquals(etag, otherFormat.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void formPostsWithDifferentQueriesDoNotShareAnAnswer() throws Exception {
        String form = "application/x-www-form-urlencoded";
        String models = "query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/aperture#Model> }", StandardCharsets.UTF_8);
        String licenses = "query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/aperture#License> }", StandardCharsets.UTF_8);
        client.post(server.sparqlUrl(), form, models);
        String modelCount = HttpTestClient.rows(client.post(server.sparqlUrl(), form, models)).get(0).getLiteral("n").getString();
        String licenseCount = HttpTestClient.rows(client.post(server.sparqlUrl(), form, licenses)).get(0).getLiteral("n").getString();
        assertEquals(count("https://w3id.org/aperture#Model"), modelCount);
        assertEquals(count("https://w3id.org/aperture#License"), licenseCount);
        assertTrue(!modelCount.equals(licenseCount), "the two questions have different answers");
    }

    /** How many resources of a class the graph holds, counted without the server. */
    private static String count(String type) {
        return Long.toString(Fixtures.graph().getDefaultGraph().find(null, org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.graph.NodeFactory.createURI(type)).toList().size());
    }

    @Test
    void errorsAreNotCached() throws Exception {
        HttpResponse<byte[]> bad = client.query(server, "SELECT ?x WHERE { ?x }", HttpTestClient.JSON);
        HttpResponse<byte[]> badAgain = client.query(server, "SELECT ?x WHERE { ?x }", HttpTestClient.JSON);
        assertEquals(400, bad.statusCode());
        assertEquals(400, badAgain.statusCode());
        assertTrue(badAgain.headers().firstValue(CachingFilter.CACHE_HEADER).isEmpty());
    }

    /** The same graph served as two versions of its sources: the answer is the same, its tags are not. */
    @Test
    void changedDataChangesTheVersionAndSoEveryETag(@TempDir Path dir) throws Exception {
        Home copy = Fixtures.copyOfParts(dir, "ontology", "data");
        String before = SourceDigest.of(copy);
        Fixtures.append(copy.data().resolve("organizations.ttl"), "<org/xai> <http://www.w3.org/2000/01/rdf-schema#comment> \"changed\" .");
        String after = SourceDigest.of(copy);
        assertEquals(SourceDigest.of(Fixtures.home()), before, "a copy of the sources has their version");
        assertNotEquals(before, after);
        ApertureServer a = ApertureServer.start(Fixtures.graph(), before, ServerSettings.builder().port(0).build(), Map.of());
        ApertureServer b = ApertureServer.start(Fixtures.graph(), after, ServerSettings.builder().port(0).build(), Map.of());
        try {
            String q = "ASK { ?s ?p ?o }";
            assertArrayEquals(client.query(a, q, HttpTestClient.JSON).body(), client.query(b, q, HttpTestClient.JSON).body());
            assertNotEquals(client.query(a, q, HttpTestClient.JSON).headers().firstValue("ETag").orElseThrow(),
                    client.query(b, q, HttpTestClient.JSON).headers().firstValue("ETag").orElseThrow());
        } finally {
            a.stop();
            b.stop();
        }
    }

    @Test
    void withTheCacheOffEveryRequestRunsItsQuery() throws Exception {
        ApertureServer uncached = ApertureServer.start(Fixtures.graph(),
                ServerSettings.builder().port(0).answerCacheBytes(0).build(), Map.of());
        try {
            String q = "SELECT ?m { ?m a <https://w3id.org/aperture#Model> }";
            HttpResponse<byte[]> first = client.query(uncached, q, HttpTestClient.JSON);
            HttpResponse<byte[]> second = client.query(uncached, q, HttpTestClient.JSON);
            assertTrue(second.headers().firstValue(CachingFilter.CACHE_HEADER).isEmpty());
            assertArrayEquals(first.body(), second.body());
            assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));
        } finally {
            uncached.stop();
        }
    }
}
