package org.w3id.aperture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;

/** The limits and security rules of the public endpoint, one test per rule. */
class HardeningTest {
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final HttpTestClient client = new HttpTestClient();
    private static DatasetGraph graph;
    private static ApertureServer server;

    @BeforeAll
    static void start() {
        graph = Fixtures.graph();
        server = ApertureServer.start(graph, ServerSettings.builder().port(0)
                .queryTimeout(Duration.ofSeconds(1)).rowLimit(100)
                .maxRunningQueries(1).maxQueuedQueries(1).maxQueueWait(Duration.ofMillis(300)).build());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void resultsAreCutAtTheRowLimitAndTheResponseSaysSo() throws Exception {
        HttpResponse<byte[]> all = client.query(server, "SELECT * { ?s ?p ?o }", HttpTestClient.JSON);
        assertEquals(100, HttpTestClient.rows(all).size());
        assertEquals("100", all.headers().firstValue(GuardedQuery.LIMIT_HEADER).orElse(""));
        assertEquals("true", all.headers().firstValue(GuardedQuery.CUT_HEADER).orElse(""));

        HttpResponse<byte[]> few = client.query(server, "SELECT * { ?s ?p ?o } LIMIT 5", HttpTestClient.JSON);
        assertEquals(5, HttpTestClient.rows(few).size());
        assertEquals("100", few.headers().firstValue(GuardedQuery.LIMIT_HEADER).orElse(""));
        assertTrue(few.headers().firstValue(GuardedQuery.CUT_HEADER).isEmpty());
    }

    @Test
    void aLongQueryIsAnswered503AtTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.query(server, CROSS_PRODUCT, HttpTestClient.JSON);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, response.statusCode(), HttpTestClient.body(response));
        assertTrue(took.compareTo(Duration.ofSeconds(1)) >= 0, "it ran until the timeout of 1 s: " + took);
        assertTrue(took.toSeconds() < 30, "the query was cancelled, not run to the end");
    }

    @Test
    void oversizedRequestsAreRefusedWithTheirStatus() throws Exception {
        String bigQuery = "SELECT * { ?s ?p \"" + "x".repeat(70 * 1024) + "\" }";
        assertEquals(413, client.post(server.sparqlUrl(), "application/sparql-query", bigQuery).statusCode());
        assertEquals(413, client.post(server.sparqlUrl(), "application/x-www-form-urlencoded", "query=" + bigQuery).statusCode());
        assertEquals(414, client.get(server.sparqlUrl() + "?query=" + "x".repeat(20 * 1024), HttpTestClient.JSON).statusCode());
        HttpResponse<byte[]> headers = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/ping"))
                .header("X-Padding", "x".repeat(20 * 1024)).GET().build());
        assertEquals(431, headers.statusCode());
    }

    @Test
    void surplusQueriesGet503WhilePingKeepsAnswering() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Integer>> slow = sendAll(server, Collections.nCopies(4, CROSS_PRODUCT), pool);
            awaitHeavyLaneFull();
            HttpResponse<byte[]> ping = client.get(server.baseUrl() + "/$/ping", "text/plain");
            assertEquals(200, ping.statusCode(), "ping is not behind the query queue");
            List<Integer> statuses = slow.stream().map(CompletableFuture::join).toList();
            assertTrue(statuses.stream().allMatch(s -> s == 503), "all answered, none failed: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<byte[]> after = client.query(server, "ASK { ?s ?p ?o }", HttpTestClient.JSON);
        assertEquals(200, after.statusCode(), "the server answers again once the queue is empty");
        assertTrue(HttpTestClient.body(after).contains("true"));
    }

    @Test
    void corsAllowsAnyOriginWithoutCredentials() throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=ASK%7B%7D"))
                .header("Origin", "https://elsewhere.example").header("Accept", HttpTestClient.JSON).GET().build());
        assertEquals(200, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        HttpResponse<byte[]> preflight = client.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void responsesForbidSniffingAndFramingAndHideTheServer() throws Exception {
        HttpResponse<byte[]> response = client.query(server, "ASK {}", HttpTestClient.JSON);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertTrue(response.headers().firstValue("Server").isEmpty(), "no server version");
    }

    @Test
    void scriptFunctionsDoNotRun() throws Exception {
        HttpResponse<byte[]> response = client.query(server,
                "SELECT ?x { BIND(<http://jena.apache.org/ARQ/jsFunction#toUpperCase>(\"a\") AS ?x) }", HttpTestClient.JSON);
        assertEquals(400, response.statusCode());
        assertTrue(HttpTestClient.body(response).contains("is not allowed"), HttpTestClient.body(response));
    }

    @Test
    void errorsCarryNoStackTraceOrFilePath() throws Exception {
        for (HttpResponse<byte[]> response : List.of(
                client.query(server, "SELECT ?x WHERE { ?x ?y }", HttpTestClient.JSON),
                client.get(server.baseUrl() + "/aperture/nothing-here", "text/html"),
                client.post(server.sparqlUrl(), "application/sparql-update", "DROP ALL"))) {
            String body = HttpTestClient.body(response);
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.statusCode() + " " + body);
            assertFalse(body.contains("\tat ") || body.contains("at org.") || body.contains(Fixtures.ROOT.toString()), body);
        }
    }

    /** Sends every query at once from the pool; each future is its answer's status, -1 when none came. */
    private static List<CompletableFuture<Integer>> sendAll(ApertureServer target, List<String> queries, ExecutorService pool) {
        return queries.stream().map(query -> CompletableFuture.supplyAsync(() -> {
            try {
                return client.query(target, query, HttpTestClient.JSON).statusCode();
            } catch (Exception e) {
                return -1;
            }
        }, pool)).toList();
    }

    /** The cross product, as many times as asked, each text its own (so that none is answered from another's run). */
    private static List<String> numberedCrossProducts(int count) {
        return IntStream.range(0, count).mapToObj(i -> CROSS_PRODUCT + " # " + i).toList();
    }

    /** Until the one heavy slot is taken: a slow query is running. */
    private static void awaitHeavyLaneFull() throws InterruptedException {
        await(() -> server.freeSlots(Admission.Cost.HEAVY) == 0, "a heavy query is running");
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "waited 10 s for: " + what);
            Thread.sleep(5);
        }
    }

    @Test
    void serviceReachesOnlyHostsOnTheAllowList() throws Exception {
        ApertureServer open = ApertureServer.start(Fixtures.graph(),
                ServerSettings.builder().port(0).serviceHosts(java.util.Set.of("127.0.0.1")).build());
        try {
            String toSelf = "SELECT ?l { SERVICE <" + server.sparqlUrl() + "> { <https://w3id.org/aperture/model/llama-2> "
                    + "<http://www.w3.org/2000/01/rdf-schema#label> ?l } }";
            assertEquals("LLaMA-2", HttpTestClient.rows(client.query(open, toSelf, HttpTestClient.JSON)).get(0).getLiteral("l").getString());
            String elsewhere = toSelf.replace("127.0.0.1", "localhost");
            HttpResponse<byte[]> refused = client.query(open, elsewhere, HttpTestClient.JSON);
            assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, refused.statusCode() + " " + HttpTestClient.body(refused));
            HttpResponse<byte[]> off = client.query(server, toSelf, HttpTestClient.JSON);
            assertTrue(off.statusCode() >= 400 && off.statusCode() < 500, "SERVICE is off by default: " + off.statusCode());
        } finally {
            open.stop();
        }
    }

    @Test
    void aCatastrophicRegexIsRefusedBeforeItRuns() throws Exception {
        HttpResponse<byte[]> response = client.query(server,
                "SELECT * { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\" AS ?x) FILTER(regex(?x, \"^(a+)+$\")) }", HttpTestClient.JSON);
        assertEquals(400, response.statusCode());
        assertTrue(HttpTestClient.body(response).contains("nests quantifiers"), HttpTestClient.body(response));
    }

    @Test
    void aCheapQuestionIsAnsweredWhileMoreHeavyOnesWaitThanFusekiHasThreads() throws Exception {
        int waiting = 30;
        ApertureServer busy = ApertureServer.start(Fixtures.graph(), ServerSettings.builder().port(0)
                .queryTimeout(Duration.ofSeconds(5)).maxRunningQueries(2).maxQueuedQueries(waiting)
                .maxQueueWait(Duration.ofSeconds(5)).build());
        ExecutorService pool = Executors.newFixedThreadPool(waiting + 1);
        try {
            List<CompletableFuture<Integer>> heavy = sendAll(busy, numberedCrossProducts(waiting + 1), pool);
            await(() -> busy.freeSlots(Admission.Cost.HEAVY) == 0 && busy.waiting(Admission.Cost.HEAVY) == waiting,
                    "one heavy query runs and " + waiting + " wait, each holding a thread (Fuseki's pool has 20)");
            HttpResponse<byte[]> cheap = client.query(busy,
                    "SELECT ?l { <https://w3id.org/aperture/model/gpt-4> <http://www.w3.org/2000/01/rdf-schema#label> ?l }", HttpTestClient.JSON);
            assertEquals(200, cheap.statusCode());
            assertTrue(heavy.stream().noneMatch(CompletableFuture::isDone),
                    "the cheap question got a thread without waiting for a heavy request to give one up");
            heavy.forEach(CompletableFuture::join);
        } finally {
            pool.shutdownNow();
            busy.stop();
        }
    }

    @Test
    void cachedAnswersAndNewCheapQuestionsPassWhileTheHeavyLaneIsFull() throws Exception {
        String cheap = "SELECT ?l { <https://w3id.org/aperture/model/gpt-4> <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
        assertEquals(200, client.query(server, cheap, HttpTestClient.JSON).statusCode());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<Integer>> slow = sendAll(server, numberedCrossProducts(3), pool);
            awaitHeavyLaneFull();
            HttpResponse<byte[]> hit = client.query(server, cheap, HttpTestClient.JSON);
            assertEquals(200, hit.statusCode(), "a cached answer does not wait for a query slot");
            assertEquals("hit", hit.headers().firstValue(CachingFilter.CACHE_HEADER).orElse(""));
            HttpResponse<byte[]> newCheap = client.query(server, cheap + " LIMIT 1", HttpTestClient.JSON);
            assertEquals(200, newCheap.statusCode(), "a new cheap question has a lane of its own");
            assertTrue(newCheap.headers().firstValue(CachingFilter.CACHE_HEADER).isEmpty());
            HttpResponse<byte[]> heavy = client.query(server, CROSS_PRODUCT + " # another", HttpTestClient.JSON);
            assertEquals(503, heavy.statusCode(), "a new heavy query meets the full heavy lane");
            slow.forEach(CompletableFuture::join);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void clientsThatDribbleTheirBodiesHoldNoQuerySlot() throws Exception {
        List<java.net.Socket> dribblers = new ArrayList<>();
        try {
            for (String contentType : List.of("application/x-www-form-urlencoded", "application/sparql-query")) {
                for (int i = 0; i < 2; i++) {
                    java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port());
                    dribblers.add(socket);
                    socket.getOutputStream().write(("POST /aperture/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                            + "\r\nContent-Length: 200\r\n\r\nquery=").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                }
            }
            java.net.Socket chunked = new java.net.Socket("127.0.0.1", server.port());
            dribblers.add(chunked);
            chunked.getOutputStream().write(("POST /aperture/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query"
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nASK\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            chunked.getOutputStream().flush();
            await(() -> server.openConnections() >= dribblers.size(), "the server holds the dribbling connections");
            for (int i = 0; i < 3; i++) {
                HttpResponse<byte[]> other = client.query(server, "ASK { ?s ?p " + i + " }", HttpTestClient.JSON);
                assertEquals(200, other.statusCode(), "a query is answered while slow bodies are still arriving");
                HttpResponse<byte[]> posted = HttpTestClient.sendAlone(HttpTestClient.postRequest(server.sparqlUrl(),
                        "application/sparql-query", "ASK { ?s ?p " + (i + 10) + " }"));
                assertEquals(200, posted.statusCode(), "a whole POST body is answered beside them");
            }
        } finally {
            for (java.net.Socket socket : dribblers) {
                socket.close();
            }
        }
    }
}
