package org.w3id.aperture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.GraphFiles;

/**
 * Sends 10 000 seeded hostile requests (see {@link HostileInputs}) and checks that every one is
 * answered with 2xx, 3xx, 4xx or the documented 503, none with 500, and that the server is alive at
 * the end. The seed is fixed, so a failure can be replayed; set -Daperture.fuzz.seed to explore.
 * The server holds one model's file, not the whole graph, so that the inputs that read all of it (the
 * graph store's whole dataset, patterns over every triple) stay cheap; what is answered does not depend on it.
 */
class FuzzTest {
    static final long SEED = Long.getLong("aperture.fuzz.seed", 20261128L);
    static final int INPUTS = Integer.getInteger("aperture.fuzz.inputs", 10_000);

    @Test
    void hostileInputsNeverGet500AndTheServerSurvives() throws Exception {
        ApertureServer server = ApertureServer.start(DatasetGraphFactory.wrap(GraphFiles.parse(Fixtures.ROOT.resolve("data/models/llama-2.ttl"))),
                ServerSettings.builder().port(0).queryTimeout(Duration.ofSeconds(1)).build());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        HostileInputs inputs = new HostileInputs(SEED);
        List<byte[]> requests = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            requests.add(inputs.next());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    int status = send(server.port(), requests.get(index));
                    statuses.merge(status, 1, Integer::sum);
                    if (status < 200 || status == 500 || status > 503 || status == 501 || status == 502) {
                        failures.add("input " + index + " (seed " + SEED + "): status " + status + " for "
                                + new String(requests.get(index), 0, Math.min(300, requests.get(index).length), StandardCharsets.ISO_8859_1));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        try {
            System.out.println("fuzz seed " + SEED + ", " + INPUTS + " inputs, statuses " + new TreeMap<>(statuses));
            assertEquals(INPUTS, statuses.values().stream().mapToInt(Integer::intValue).sum());
            assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: " + failures.stream().limit(5).toList());
            assertEquals(200, send(server.port(), "GET /$/ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1)), "alive at the end");
        } finally {
            server.stop();
        }
    }

    /** The status code of the answer to raw request bytes, or -1 if the connection failed. */
    static int send(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer (e.g. 413) and close before the whole body is sent
            }
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12];
            int n = 0;
            while (n < 12) {
                int r = in.read(head, n, 12 - n);
                if (r < 0) {
                    return -1;
                }
                n += r;
            }
            String statusLine = new String(head, StandardCharsets.ISO_8859_1);
            in.transferTo(OutputStream.nullOutputStream());
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
