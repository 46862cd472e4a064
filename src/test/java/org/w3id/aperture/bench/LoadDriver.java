package org.w3id.aperture.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load driver: N client threads, each on its own keep-alive connection, send the mix
 * back to back for a warm-up (not recorded), then for the measured duration, recording the latency
 * of each request (send to last byte of the answer) per query class. A non-200 answer or an I/O
 * error counts as an error and is not in the latencies.
 *
 * <p>Run alone: {@code LoadDriver URL CLIENTS SECONDS [WARMUP_SECONDS] [HOME]}.
 */
public final class LoadDriver {
    static final long MAX_NANOS = Duration.ofSeconds(120).toNanos();

    /** What one run measured. */
    public record Result(int clients, double seconds, Map<String, Histogram> latencies, Map<String, Long> errors) {
        public long requests() {
            return latencies.values().stream().mapToLong(Histogram::getTotalCount).sum();
        }

        public long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        public double throughput() {
            return requests() / seconds;
        }

        public Histogram all() {
            Histogram h = new Histogram(MAX_NANOS, 3);
            latencies.values().forEach(h::add);
            return h;
        }
    }

    private LoadDriver() {}

    public static Result run(URI endpoint, QueryMix mix, int clients, Duration warmup, Duration measure, long seed)
            throws InterruptedException {
        List<QueryMix.QueryClass> classes = mix.classes();
        List<Client> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(new Client(endpoint, mix, new SplittableRandom(seed * 1_000_003L + i)));
        }
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (Client w : workers) {
            Thread t = new Thread(() -> {
                try {
                    w.loop(measureFrom, end);
                } finally {
                    done.countDown();
                }
            }, "bench-client");
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        done.await();
        Map<String, Histogram> latencies = new LinkedHashMap<>();
        Map<String, Long> errors = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            Histogram h = new Histogram(MAX_NANOS, 3);
            long e = 0;
            for (Client w : workers) {
                h.add(w.latency[c]);
                e += w.errors[c];
            }
            latencies.put(classes.get(c).name(), h);
            errors.put(classes.get(c).name(), e);
        }
        return new Result(clients, measure.toNanos() / 1e9, latencies, errors);
    }

    private static final class Client {
        final Http1Client http;
        final QueryMix mix;
        final SplittableRandom random;
        final Histogram[] latency;
        final long[] errors;
        final Map<String, byte[]> prepared = new java.util.HashMap<>();

        Client(URI endpoint, QueryMix mix, SplittableRandom random) {
            this.http = new Http1Client(endpoint);
            this.mix = mix;
            this.random = random;
            int n = mix.classes().size();
            this.latency = new Histogram[n];
            this.errors = new long[n];
            for (int i = 0; i < n; i++) {
                latency[i] = new Histogram(MAX_NANOS, 3);
            }
        }

        void loop(long measureFrom, long end) {
            try {
                while (true) {
                    QueryMix.QueryClass c = mix.draw(random);
                    int index = mix.index(c);
                    String text = c.pick(random);
                    byte[] request = prepared.computeIfAbsent(c.accept() + '\n' + text, k -> http.request(text, c.accept()));
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        return;
                    }
                    int status;
                    try {
                        status = http.send(request);
                    } catch (IOException e) {
                        status = -1;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom) {
                        if (status == 200) {
                            latency[index].recordValue(Math.min(t1 - t0, MAX_NANOS));
                        } else {
                            errors[index]++;
                        }
                    }
                }
            } finally {
                http.close();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LoadDriver URL CLIENTS SECONDS [WARMUP_SECONDS] [HOME]");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        int clients = Integer.parseInt(args[1]);
        Duration measure = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration warmup = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 5);
        QueryMix mix = QueryMix.load(java.nio.file.Path.of(args.length > 4 ? args[4] : "."));
        Result r = run(url, mix, clients, warmup, measure, 1);
        System.out.print(Report.perClass("run against " + url, List.of(new Report.Run("contender", 1, r))));
    }
}
