package org.w3id.aperture.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The recorder of a load run: per class of requests, the latencies of each status (fixed-size
 * histograms, so that a long soak does not grow the heap it measures), and the measured time.
 */
public final class Tally implements LoadDriver.Recorder {
    /** The longest latency told apart; longer ones are recorded as this. */
    static final long MAX_NANOS = Duration.ofMinutes(5).toNanos();

    /** One class of requests: its latencies by status. */
    public static final class Kind {
        private final Map<Integer, Histogram> byStatus = new TreeMap<>();

        private void record(int status, long nanos) {
            byStatus.computeIfAbsent(status, s -> histogram()).recordValue(Math.min(nanos, MAX_NANOS));
        }

        /** Every request of the class, whatever its answer. */
        public long count() {
            return byStatus.values().stream().mapToLong(Histogram::getTotalCount).sum();
        }

        public long count(int status) {
            Histogram h = byStatus.get(status);
            return h == null ? 0 : h.getTotalCount();
        }

        /** How many got each status ({@link LoadDriver#IO_ERROR} for no answer). */
        public Map<Integer, Long> statuses() {
            Map<Integer, Long> counts = new TreeMap<>();
            byStatus.forEach((s, h) -> counts.put(s, h.getTotalCount()));
            return counts;
        }

        /** Failures of the server: no answer, or a 5xx other than the documented 503 (timeout, full queue). */
        public long serverErrors() {
            return byStatus.entrySet().stream().filter(e -> e.getKey() < 0 || e.getKey() >= 500 && e.getKey() != 503)
                    .mapToLong(e -> e.getValue().getTotalCount()).sum();
        }

        /** The latencies of every answer of the class. */
        public Histogram latencies() {
            Histogram all = histogram();
            byStatus.values().forEach(all::add);
            return all;
        }

        /** The latencies of the answers with this status. */
        public Histogram latencies(int status) {
            Histogram h = histogram();
            if (byStatus.containsKey(status)) {
                h.add(byStatus.get(status));
            }
            return h;
        }

        void add(Kind other) {
            other.byStatus.forEach((s, h) -> byStatus.computeIfAbsent(s, x -> histogram()).add(h));
        }
    }

    private final Map<String, Kind> kinds = new TreeMap<>();
    private final double seconds;

    /** A tally of a run whose measured time is {@code measured}. */
    public Tally(Duration measured) {
        this.seconds = measured.toNanos() / 1e9;
    }

    static Histogram histogram() {
        return new Histogram(MAX_NANOS, 3);
    }

    @Override
    public synchronized void record(String kind, int status, long nanos) {
        kinds.computeIfAbsent(kind, k -> new Kind()).record(status, nanos);
    }

    public double seconds() {
        return seconds;
    }

    /** The class's requests (none if it had no request). */
    public synchronized Kind kind(String name) {
        return kinds.getOrDefault(name, new Kind());
    }

    public synchronized Map<String, Kind> kinds() {
        return new TreeMap<>(kinds);
    }

    public synchronized long requests() {
        return kinds.values().stream().mapToLong(Kind::count).sum();
    }

    public synchronized long serverErrors() {
        return kinds.values().stream().mapToLong(Kind::serverErrors).sum();
    }

    /** The sum of tallies (e.g. of rounds), their measured times added. */
    static Tally sum(Iterable<Tally> tallies) {
        double total = 0;
        Map<String, Kind> merged = new TreeMap<>();
        for (Tally t : tallies) {
            total += t.seconds;
            t.kinds().forEach((name, k) -> merged.computeIfAbsent(name, x -> new Kind()).add(k));
        }
        Tally sum = new Tally(Duration.ofNanos((long) (total * 1e9)));
        sum.kinds.putAll(merged);
        return sum;
    }

    /** A Markdown table: one row per class, with every status and the latencies of all answers. */
    public synchronized String table() {
        StringBuilder out = new StringBuilder("| class | requests | per s | server errors | statuses | p50 ms | p99 ms | max ms |\n")
                .append("|---|---:|---:|---:|---|---:|---:|---:|\n");
        kinds.forEach((name, k) -> {
            Histogram h = k.latencies();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %d | %s | %s | %s | %s |%n", name, k.count(),
                    k.count() / seconds, k.serverErrors(), k.statuses(), ms(h, 50), ms(h, 99), ms(h, 100)));
        });
        return out.toString();
    }

    /** A percentile of a histogram in milliseconds, two decimals; "–" when it is empty. */
    static String ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", h.getValueAtPercentile(percentile) / 1e6);
    }
}
