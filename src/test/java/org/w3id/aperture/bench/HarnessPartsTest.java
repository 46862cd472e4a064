package org.w3id.aperture.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;

/** The harness's own parts: the mix it sends and the HTTP client it sends it with (no timing). */
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
            counts[mix.index(mix.draw(random))]++;
        }
        int lookup = counts[names.indexOf(QueryMix.LOOKUP)];
        for (int i = 0; i < counts.length; i++) {
            assertTrue(counts[i] > 0, names.get(i) + " never drawn");
            assertTrue(i == names.indexOf(QueryMix.LOOKUP) || counts[i] < lookup, names.get(i));
        }
    }

    @Test
    void clientReadsFixedAndChunkedAnswersOnOneConnection() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/sparql", exchange -> {
            int n = requests.incrementAndGet();
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
            String query = URLDecoder.decode(form.substring("query=".length()), StandardCharsets.UTF_8);
            byte[] body = (exchange.getRequestHeaders().getFirst("Accept") + "|" + query).repeat(n * 5000)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(query.equals("missing") ? 404 : 200, n % 2 == 0 ? 0 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try (Http1Client http = new Http1Client(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql"))) {
            for (int n = 1; n <= 4; n++) {
                String query = "SELECT * { ?s ?p \"é & ?\" }";
                assertEquals(200, http.send(http.request(query, QueryMix.JSON)));
                assertEquals((QueryMix.JSON + "|" + query).repeat(n * 5000), new String(http.body(), StandardCharsets.UTF_8));
            }
            assertEquals(404, http.send(http.request("missing", QueryMix.JSON)));
        } finally {
            server.stop(0);
        }
    }
}
