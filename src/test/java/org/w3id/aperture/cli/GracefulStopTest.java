package org.w3id.aperture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.Snapshots;
import org.w3id.aperture.graph.SourceDigest;

/** SIGTERM to a running server: the request in flight still gets its whole answer, then the process ends. */
class GracefulStopTest {
    /**
     * 540 x 540 x 3 combinations: in flight for some hundreds of milliseconds after the server has begun on it, and
     * done well within the 5 s grace even on a loaded machine and a server just started (540 x 540 x 12 was not).
     */
    private static final String SLOW = "PREFIX ap: <https://w3id.org/aperture#> "
            + "SELECT (COUNT(*) AS ?n) { ?a ap:model ?m . ?d ap:model ?f . VALUES ?k { 1 2 3 } }";

    /** The server starts from the snapshot of the shared graph, as it would on its second start. */
    @Test
    void aRequestInFlightFinishesAfterSigterm(@TempDir Path snapshots) throws Exception {
        new Snapshots(snapshots).write(SourceDigest.of(Fixtures.home()), Fixtures.graph().getDefaultGraph());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // Fuseki's request log says when the server has begun on the query
        Process server = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki=info",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--home", Fixtures.ROOT.toString(),
                "--port", Integer.toString(port), "--snapshots", snapshots.toString()))
                .redirectErrorStream(true).start();
        CountDownLatch begun = new CountDownLatch(1);
        Thread log = new Thread(() -> server.inputReader().lines()
                .filter(line -> line.contains(" GET ") && line.contains("/aperture/sparql?query="))
                .forEach(line -> begun.countDown()));
        log.setDaemon(true);
        log.start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        try {
            waitForPing(http, base);
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(URI.create(
                    base + "/aperture/sparql?query=" + URLEncoder.encode(SLOW, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(begun.await(30, TimeUnit.SECONDS), "the server logged the query");
            assertTrue(!inFlight.isDone(), "the query was still running when SIGTERM was sent");
            server.destroy();
            HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("n\n" + count(SLOW), answer.body().strip().replace("\r", ""), "the whole answer");
            assertTrue(server.waitFor(20, TimeUnit.SECONDS), "the server stopped");
        } finally {
            server.destroyForcibly();
        }
    }

    private static String count(String query) {
        try (QueryExec qe = QueryExec.dataset(Fixtures.graph()).query(query).build()) {
            return qe.select().next().get("n").getLiteralLexicalForm();
        }
    }

    private static void waitForPing(HttpClient http, String base) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start in 60 s");
    }
}
