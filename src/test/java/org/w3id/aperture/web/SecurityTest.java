package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.Home;

/** Hostile data and hostile requests: escaping, security headers, traversal, no internals in answers, the timeout. */
class SecurityTest {
    static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>\\\"'&";
    @TempDir
    static Path dir;
    private static WebFixture web;

    @BeforeAll
    static void start() {
        Home home = Fixtures.copyOfHome(dir);
        Fixtures.append(home.data().resolve("organizations.ttl"),
                "<org/xss> a ap:Organization ; rdfs:label \"" + PAYLOAD + "\" ; rdfs:comment \"" + PAYLOAD + "\" .\n"
                        + "<model/llama-2> ap:developer <org/xss> .");
        web = new WebFixture(home, Duration.ofSeconds(1));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/xss", "/model/llama-2", "/matrix", "/matrix?developer=xss", "/compare?model=llama-2&model=gpt-4", "/search?q=alert", "/search?q=%3Cscript%3E"})
    void aScriptInALabelIsRenderedInert(String path) throws Exception {
        HttpResponse<byte[]> response = web.get(path, "text/html");
        assertEquals(200, response.statusCode());
        String body = WebFixture.body(response);
        Document page = Jsoup.parse(body);
        assertScriptsAreOnlyTheSitesOwn(page, path);
        for (Element e : page.getAllElements()) {
            e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), path + ": " + e.tagName() + " " + a));
        }
        assertFalse(body.contains("<img src=x"), path);
        assertTrue(page.text().contains("<script>alert(1)</script>"), path + " shows the label as text");
    }

    /** Scripts come only as files of the site's own (the CSP allows no other); none is inline. */
    private static void assertScriptsAreOnlyTheSitesOwn(Document page, String where) {
        for (Element script : page.select("script")) {
            assertTrue(script.attr("src").startsWith("/static/"), where + ": " + script);
            assertTrue(script.data().isBlank(), where + ": " + script);
        }
    }

    @Test
    void aPayloadInAQueryIsEscapedToo() throws Exception {
        String query = "SELECT ?x WHERE { BIND(\"" + PAYLOAD.replace("\\\"", "") + "\" AS ?x) }";
        HttpResponse<byte[]> response = web.get("/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/html");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(WebFixture.body(response));
        assertScriptsAreOnlyTheSitesOwn(page, query);
        assertEquals(0, page.select("img").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/matrix", "/model/llama-2", "/model/llama-2.ttl", "/nothing-here", "/query", "/void", "/static/aperture.css"})
    void securityHeadersOnEveryAnswer(String path) throws Exception {
        HttpResponse<byte[]> response = web.get(path, null);
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
        assertTrue(csp.contains("default-src 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }

    /** Sends the path byte for byte, so no client normalises it first. */
    private static int rawStatus(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", web.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(head.substring(9, 12));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/model/../../etc/passwd", "/static/../web/templates/home.ftlh", "/model/%2e%2e/%2e%2e/etc/passwd",
            "/static/%2e%2e/templates/layout.ftlh", "/model/llama-2%00.ttl", "/download/..%2fpom.xml", "/static/..%5c..%5cpom.xml"})
    void traversalIsRefused(String path) throws Exception {
        int status = rawStatus(path);
        assertTrue(status == 400 || status == 404, path + " gave " + status);
    }

    @Test
    void errorsShowNoInternals() throws Exception {
        for (String path : new String[] {"/query?query=SELECT+%7B", "/matrix?sort=nope", "/model/nope", "/download/nope"}) {
            String body = WebFixture.body(web.get(path, "text/html"));
            assertFalse(body.contains("Exception"), path);
            assertFalse(body.contains("at org."), path);
            assertFalse(body.contains(dir.toString()), path);
            assertFalse(body.contains(Fixtures.ROOT.toString()), path);
        }
    }

    @Test
    void onlyGetAndHead() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.url("/model/llama-2")))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build();
        assertEquals(405, WebFixture.HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aRunawayQueryFromTheQueryPageStopsAtTheEndpointsTimeout() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        HttpResponse<byte[]> response = web.get("/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/html");
        assertEquals(503, response.statusCode());
        assertEquals(503, web.get("/query?format=csv&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null).statusCode());
    }

    @Test
    void aCatastrophicRegexFromTheQueryPageIsRefusedBeforeItRuns() throws Exception {
        String query = "SELECT * { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\" AS ?x) FILTER(regex(?x, \"^(a+)+$\")) }";
        HttpResponse<byte[]> response = web.get("/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/html");
        assertEquals(400, response.statusCode());
        assertTrue(WebFixture.body(response).contains("nests quantifiers"), WebFixture.body(response));
    }

    @Test
    void serviceCallsAreRefused() throws Exception {
        String query = "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
        HttpResponse<byte[]> response = web.get("/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/html");
        assertEquals(400, response.statusCode());
    }
}
