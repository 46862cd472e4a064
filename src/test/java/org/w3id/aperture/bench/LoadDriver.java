package org.w3id.aperture.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;

/**
 * The closed-loop HTTP load driver of the benchmarks and the reliability runs: one thread per client,
 * each sending the requests its {@link Mix} chooses back to back over keep-alive HTTP/1.1 (the JDK's
 * client, one shared connection pool), first for a warm-up that is not recorded, then for the measured
 * time. Each measured request (one that starts in the measured time) is given to the {@link Recorder}
 * with its latency, from sending to the last byte of the answer, and its status ({@link #IO_ERROR} when
 * there was no answer).
 *
 * <p>Run alone on the benchmarks' mix: {@code LoadDriver URL CLIENTS SECONDS [WARMUP_SECONDS] [HOME]}.
 */
public final class LoadDriver {
    /** The status recorded for a request that got no HTTP answer (connection refused, reset, timed out). */
    public static final int IO_ERROR = -1;

    /** One request to send and the class it is counted in. */
    public record Request(String kind, HttpRequest http) {}

    /** Chooses the next request of one client. */
    public interface Mix {
        Request next(SplittableRandom random);
    }

    /** Receives every measured request; called from all client threads at once. */
    public interface Recorder {
        void record(String kind, int status, long nanos);
    }

    private LoadDriver() {}

    /** The client of every run: HTTP/1.1 with keep-alive, as the benchmarks compare servers on it. */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Runs one client per mix of {@code clients} (client i draws from its own random sequence, derived from
     * {@code seed}) for the warm-up, then for {@code measure}; returns once every client has stopped.
     */
    public static <R extends Recorder> R run(List<Mix> clients, Duration warmup, Duration measure, long seed, R recorder)
            throws InterruptedException {
        HttpClient http = client();
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        CountDownLatch done = new CountDownLatch(clients.size());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Mix mix = clients.get(i);
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
            Thread t = new Thread(() -> {
                try {
                    loop(http, mix, random, measureFrom, end, recorder);
                } finally {
                    done.countDown();
                }
            }, "load-client-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        done.await();
        return recorder;
    }

    private static void loop(HttpClient http, Mix mix, SplittableRandom random, long measureFrom, long end, Recorder recorder) {
        while (true) {
            Request request = mix.next(random);
            long t0 = System.nanoTime();
            if (t0 >= end) {
                return;
            }
            int status;
            try {
                status = http.send(request.http(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = IO_ERROR;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (t0 >= measureFrom) {
                recorder.record(request.kind(), status, System.nanoTime() - t0);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LoadDriver URL CLIENTS SECONDS [WARMUP_SECONDS] [HOME]");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        Duration measure = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration warmup = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 5);
        QueryMix mix = QueryMix.load(Path.of(args.length > 4 ? args[4] : "."));
        Tally tally = run(Collections.nCopies(Integer.parseInt(args[1]), mix.requests(url)), warmup, measure, 1, new Tally(measure));
        System.out.print(Report.perClass("run against " + url, List.of(new Report.Run("contender", 1, tally))));
        System.out.printf("%.1f req/s, %d errors%n", Report.throughput(tally), Report.errors(tally));
    }
}
