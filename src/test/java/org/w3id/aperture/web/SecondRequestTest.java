package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aperture.Fixtures;

/**
 * A returning visitor gets exactly what the first visit got: every kind of route, asked twice, answers the
 * same status, the same headers (but Date and the cache's own marker) and the same bytes; and no request
 * can change what later visitors get.
 */
class SecondRequestTest {
    @RegisterExtension
    static final WebFixture web = new WebFixture(Fixtures.home(), Duration.ofSeconds(5));
    private static final Set<String> PER_EXCHANGE = Set.of("date", "aperture-cache", "content-length", "transfer-encoding",
            "connection", "fuseki-request-id");

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static Stream<Arguments> routes() {
        String select = "SELECT ?m ?l WHERE { ?m a <https://w3id.org/aperture#Model> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?m";
        String construct = "CONSTRUCT { ?m a <https://w3id.org/aperture#Model> } WHERE { ?m a <https://w3id.org/aperture#Model> }";
        return Stream.of(
                Arguments.of("/", "text/html"),
                Arguments.of("/", "text/turtle"),
                Arguments.of("/matrix", "text/html"),
                Arguments.of("/charts", "text/html"),
                Arguments.of("/compare?model=llama-2&model=gpt-4", "text/html"),
                Arguments.of("/query", "text/html"),
                Arguments.of("/query?query=" + q(select), "text/html"),
                Arguments.of("/model/llama-2", "text/html"),
                Arguments.of("/model/llama-2", "text/turtle"),
                Arguments.of("/model/llama-2", "application/ld+json"),
                Arguments.of("/model/llama-2", "application/n-triples"),
                Arguments.of("/model/llama-2", "application/rdf+xml"),
                Arguments.of("/model/llama-2.ttl", null),
                Arguments.of("/model/nothing-here", "text/html"),
                Arguments.of("/download/aperture.ttl", null),
                Arguments.of("/download/matrix.csv", null),
                Arguments.of("/static/aperture.css", null),
                Arguments.of("/void", "text/turtle"),
                Arguments.of("/.well-known/void", "application/ld+json"),
                Arguments.of("/dataset", "text/html"),
                Arguments.of("/dataset", "text/turtle"),
                Arguments.of("/aperture/sparql", "text/turtle"),
                Arguments.of("/aperture/sparql?query=" + q(select), "application/sparql-results+json"),
                Arguments.of("/aperture/sparql?query=" + q(select), "application/sparql-results+xml"),
                Arguments.of("/aperture/sparql?query=" + q(select), "text/csv"),
                Arguments.of("/aperture/sparql?query=" + q(select), "text/tab-separated-values"),
                Arguments.of("/aperture/sparql?query=" + q(construct), "text/turtle"),
                Arguments.of("/aperture/sparql?query=" + q(construct), "application/ld+json"),
                Arguments.of("/aperture/sparql?query=" + q(construct), "application/n-triples"),
                Arguments.of("/aperture/sparql?query=" + q(construct), "application/rdf+xml"),
                Arguments.of("/aperture/sparql?query=" + q("SELECT * { ?s ?p }"), "text/csv"),
                Arguments.of("/aperture/get?default", "text/turtle"));
    }

    @ParameterizedTest
    @MethodSource("routes")
    void theSecondAnswerIsTheFirst(String path, String accept) throws Exception {
        HttpResponse<byte[]> first = web.get(path, accept);
        HttpResponse<byte[]> second = web.get(path, accept);
        assertEquals(first.statusCode(), second.statusCode(), path);
        assertEquals(headers(first), headers(second), path + " " + accept);
        assertArrayEquals(first.body(), second.body(), path + " " + accept);
        if (first.statusCode() == 200 && !path.startsWith("/aperture/get")
                && first.body().length <= org.w3id.aperture.server.ApertureServer.MAX_CACHED_ANSWER_BYTES) {
            assertEquals("hit", second.headers().firstValue("Aperture-Cache").orElse(""), path + " is served from the cache");
        }
    }

    private static Map<String, List<String>> headers(HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!PER_EXCHANGE.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), values);
            }
        });
        return headers;
    }

    @Test
    void aRepeatedPageKeepsItsOwnSecurityPolicySoItsStylesLoad() throws Exception {
        web.get("/matrix", "text/html");
        HttpResponse<byte[]> again = web.get("/matrix", "text/html");
        assertEquals("hit", again.headers().firstValue("Aperture-Cache").orElse(""));
        assertTrue(again.headers().firstValue("Content-Security-Policy").orElse("").contains("style-src 'self'"));
        assertEquals("DENY", again.headers().firstValue("X-Frame-Options").orElse(""));
    }

    @Test
    void aCachedAnswerIsCompressedAsTheFirstWasWhenTheClientAcceptsGzip() throws Exception {
        for (int visit = 0; visit < 2; visit++) {
            HttpResponse<byte[]> page = web.get("/model/gpt-2", "text/html", Map.of("Accept-Encoding", "gzip"));
            boolean gzipped = page.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
            boolean magic = page.body().length > 2 && (page.body()[0] & 0xff) == 0x1f && (page.body()[1] & 0xff) == 0x8b;
            assertEquals(gzipped, magic, "visit " + (visit + 1) + ": the body is what Content-Encoding says");
        }
    }

    @Test
    void aForeignHostHeaderNeverReachesAnyoneElse() throws Exception {
        for (String path : List.of("/", "/query", "/void", "/dataset.ttl", "/aperture/sparql")) {
            HttpResponse<byte[]> poisoned = web.get(path, path.equals("/") || path.equals("/query") ? "text/html" : "text/turtle",
                    Map.of("Host", "evil.example", "X-Forwarded-Host", "evil.example"));
            assertFalse(WebFixture.body(poisoned).contains("evil.example"), path + " wrote the request's Host into its answer");
            HttpResponse<byte[]> normal = web.get(path, path.equals("/") || path.equals("/query") ? "text/html" : "text/turtle");
            assertFalse(WebFixture.body(normal).contains("evil.example"), path);
            assertTrue(WebFixture.body(normal).contains(web.url("")) || !path.equals("/void"), path + " names this server");
        }
    }

    @Test
    void onlyComplete200AnswersAreCached() throws Exception {
        HttpResponse<byte[]> missing = web.get("/model/nothing-here", "text/html");
        HttpResponse<byte[]> again = web.get("/model/nothing-here", "text/html");
        assertEquals(404, missing.statusCode());
        assertTrue(again.headers().firstValue("Aperture-Cache").isEmpty(), "a 404 is not kept");
        assertTrue(missing.headers().firstValue("ETag").isEmpty(), "a 404 carries no validator");
        HttpResponse<byte[]> ping = web.get("/$/ping", null);
        HttpResponse<byte[]> pingAgain = web.get("/$/ping", null);
        assertEquals(200, ping.statusCode());
        assertTrue(pingAgain.headers().firstValue("Aperture-Cache").isEmpty(), "ping is not cached");
    }

    @Test
    void conditionalRequestsFollowRfc9110() throws Exception {
        HttpResponse<byte[]> page = web.get("/model/gpt-4", "text/html");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, conditional("/model/gpt-4", etag).statusCode(), "the tag itself");
        assertEquals(304, conditional("/model/gpt-4", "\"other\", " + etag).statusCode(), "a list holding it");
        assertEquals(304, conditional("/model/gpt-4", "W/" + etag).statusCode(), "its weak form (weak comparison)");
        assertEquals(304, conditional("/model/gpt-4", "*").statusCode(), "any");
        assertEquals(200, conditional("/model/gpt-4", "\"other\"").statusCode(), "another tag");
        HttpResponse<byte[]> notModified = conditional("/model/gpt-4", etag);
        assertEquals(0, notModified.body().length);
        assertEquals(etag, notModified.headers().firstValue("ETag").orElse(""));
        assertTrue(notModified.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        assertEquals(page.headers().firstValue("Content-Security-Policy"), notModified.headers().firstValue("Content-Security-Policy"),
                "a browser updates its stored page with the 304's headers: the page's own policy must come with it");
        String fresh = "/model/falcon";
        HttpResponse<byte[]> uncachedConditional = conditional(fresh, "*");
        assertEquals(304, uncachedConditional.statusCode(), "a 2xx answer not yet cached becomes 304 too");
        assertEquals(404, conditional("/model/nothing-here", "*").statusCode(), "a 404 never becomes 304");
        assertEquals(404, conditional("/model/nothing-here", "*").statusCode());
        assertTrue(page.headers().firstValue("Vary").orElse("").contains("Accept"));
        assertTrue(page.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
    }

    private static HttpResponse<byte[]> conditional(String path, String ifNoneMatch) throws Exception {
        return web.get(path, "text/html", Map.of("If-None-Match", ifNoneMatch));
    }

    @Test
    void theDatasetIriDereferencesAndItsVoidCountsWhatVoidCounts() throws Exception {
        HttpResponse<byte[]> turtle = web.get("/dataset", "text/turtle");
        assertEquals(200, turtle.statusCode());
        var graph = WebFixture.parse(turtle.body(), org.apache.jena.riot.Lang.TURTLE);
        var dataset = org.apache.jena.graph.NodeFactory.createURI(org.w3id.aperture.vocab.Ap.BASE + "dataset");
        var entities = org.apache.jena.graph.NodeFactory.createURI("http://rdfs.org/ns/void#entities");
        long stated = ((Number) graph.find(dataset, entities, null).next().getObject().getLiteralValue()).longValue();
        Set<String> iris = new java.util.HashSet<>();
        web.dataset.getDefaultGraph().find().forEach(t -> {
            for (var n : List.of(t.getSubject(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(org.w3id.aperture.vocab.Ap.BASE)) {
                    iris.add(n.getURI());
                }
            }
        });
        assertEquals(iris.size(), stated);
        assertTrue(WebFixture.body(turtle).contains("solutions per query"), "the row limit is stated");
        assertTrue(WebFixture.body(turtle).contains("dataDump"), "and where the whole graph is");
    }

    @Test
    void corsExposesTheHeadersBrowserToolsRead() throws Exception {
        HttpResponse<byte[]> response = web.get("/aperture/sparql?query=" + q("ASK {}"), "application/sparql-results+json");
        String exposed = response.headers().firstValue("Access-Control-Expose-Headers").orElse("");
        for (String header : List.of("ETag", "Link", "Content-Location", "Aperture-Row-Limit", "Aperture-Row-Limit-Applied")) {
            assertTrue(exposed.contains(header), header + " in " + exposed);
        }
    }

    @Test
    void headWorksWhereGetDoes() throws Exception {
        for (String path : List.of("/model/llama-2", "/aperture/sparql?query=" + q("ASK {}"), "/aperture/sparql", "/void", "/$/ping")) {
            HttpResponse<byte[]> get = web.get(path, null);
            HttpResponse<byte[]> head = WebFixture.HTTP.send(HttpRequest.newBuilder(URI.create(web.url(path)))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(get.statusCode(), head.statusCode(), path);
            assertEquals(0, head.body().length, path);
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
        }
    }
}
