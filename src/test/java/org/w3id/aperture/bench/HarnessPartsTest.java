package org.w3id.aperture.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;

/** The harness's own parts: the mix it sends, and the driver that sends it and records the answers (no timing). */
class HarnessPartsTest {
    @Test
    void mixHasTheLocalNamedQueriesLookupsAndDescribes() {
        QueryMix mix = QueryMix.load(Fixtures.ROOT);
        List<String> names = mix.classes().stream().map(QueryMix.QueryClass::name).toList();
        assertTrue(names.contains(QueryMix.MATRIX), names.toString());
        assertTrue(names.contains(QueryMix.LOOKUP) && names.contains(QueryMix.DESCRIBE), names.toString());
        assertFalse(names.contains("wikidata-items-by-arxiv-id"), "a query with SERVICE is not in the mix");
        assertEquals(45, mix.models().size());
        for (QueryMix.QueryClass c : mix.classes()) {
            for (String text : c.texts()) {
                Query q = QueryFactory.create(text);
                assertEquals(q.isDescribeType() ? QueryMix.TURTLE : QueryMix.JSON, c.accept(), c.name());
            }
        }
        QueryMix less = mix.without(Set.of(QueryMix.DESCRIBE));
        assertEquals(mix.classes().size() - 1, less.classes().size());
        assertThrows(IllegalArgumentException.class, () -> mix.without(Set.of("no-such-query")));
        // the draw follows the weights: lookups are the most frequent class
        SplittableRandom random = new SplittableRandom(3);
        int[] counts = new int[mix.classes().size()];
        for (int i = 0; i < 20_000; i++) {
            counts[mix.draw(random)]++;
        }
        int lookup = counts[names.indexOf(QueryMix.LOOKUP)];
        for (int i = 0; i < counts.length; i++) {
            assertTrue(counts[i] > 0, names.get(i) + " never drawn");
            assertTrue(i == names.indexOf(QueryMix.LOOKUP) || counts[i] < lookup, names.get(i));
        }
    }

    @Test
    void driverSendsEachClientsMixAndRecordsEveryAnswerByClassAndStatus() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        server.createContext("/sparql", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
            String query = URLDecoder.decode(form.substring("query=".length()), StandardCharsets.UTF_8);
            received.computeIfAbsent(exchange.getRequestHeaders().getFirst("Accept") + " " + query, k -> new AtomicInteger())
                    .incrementAndGet();
            byte[] body = query.repeat(2000).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(query.startsWith("busy") ? 503 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql");
            LoadDriver.Mix fine = random -> new LoadDriver.Request("fine", QueryMix.post(url, "SELECT * { ?s ?p \"é & ?\" }", QueryMix.JSON));
            LoadDriver.Mix busy = random -> new LoadDriver.Request("busy", QueryMix.post(url, "busy " + random.nextInt(3), QueryMix.TURTLE));
            Tally tally = LoadDriver.run(List.of(fine, fine, busy), Duration.ofMillis(200), Duration.ofSeconds(1), 7,
                    new Tally(Duration.ofSeconds(1)));
            assertEquals(Set.of("busy", "fine"), tally.kinds().keySet());
            assertEquals(Map.of(200, tally.kind("fine").count()), tally.kind("fine").statuses());
            assertEquals(Map.of(503, tally.kind("busy").count()), tally.kind("busy").statuses());
            assertTrue(tally.kind("fine").count() > 0 && tally.kind("busy").count() > 0, tally.table());
            assertEquals(0, tally.serverErrors(), "503 is the documented answer of a busy server");
            assertEquals(Set.of(QueryMix.JSON + " SELECT * { ?s ?p \"é & ?\" }", QueryMix.TURTLE + " busy 0",
                    QueryMix.TURTLE + " busy 1", QueryMix.TURTLE + " busy 2"), received.keySet(), "each mix's requests, as prepared");
            long sent = received.values().stream().mapToLong(AtomicInteger::get).sum();
            assertTrue(sent >= tally.requests(), "requests of the warm-up are sent but not recorded");
            assertEquals(tally.kind("fine").count(), tally.kind("fine").latencies(200).getTotalCount());
            assertEquals(0, tally.kind("fine").latencies(503).getTotalCount());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void requestsWithoutAnAnswerAreServerErrors() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + closed + "/sparql");
        Tally tally = LoadDriver.run(List.of(random -> new LoadDriver.Request("lost", QueryMix.post(url, "ASK {}", QueryMix.JSON))),
                Duration.ZERO, Duration.ofMillis(300), 1, new Tally(Duration.ofMillis(300)));
        assertTrue(tally.requests() > 0);
        assertEquals(Map.of(LoadDriver.IO_ERROR, tally.requests()), tally.kind("lost").statuses());
        assertEquals(tally.requests(), tally.serverErrors());
    }
}
