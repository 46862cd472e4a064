package org.w3id.aperture.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** N clients, each sending requests of a {@link Mix} back to back over keep-alive HTTP for a fixed time. */
final class LoadDriver {
    /** One request to send and the class it is counted in (e.g. cheap, query, pathological). */
    record Request(String kind, HttpRequest http) {}

    /** Chooses the next request of one client. */
    interface Mix {
        Request next(Random random);
    }

    private LoadDriver() {}

    /** Runs {@code mixes.size()} clients (client i uses mix i) for the duration; seeds are derived from {@code seed}. */
    static Report run(List<Mix> mixes, Duration duration, long seed) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Report report = new Report();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(mixes.size());
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < mixes.size(); i++) {
                Mix mix = mixes.get(i);
                Random random = new Random(seed + i);
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        Request request = mix.next(random);
                        long start = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request.http(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        report.record(request.kind(), status, System.nanoTime() - start);
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        report.finish(duration);
        return report;
    }
}
