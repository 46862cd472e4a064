package org.w3id.aperture.load;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What a load run saw, per request class: count, statuses, latencies. An error is a connection
 * failure or a 5xx other than the documented 503 (timeout or full admission queue).
 */
final class Report {
    /** Latencies and statuses of one class of requests. */
    static final class Kind {
        /** Fixed-size histogram: a long soak must not grow the heap it measures. */
        final Histogram nanos = new Histogram(Duration.ofMinutes(5).toNanos(), 3);
        final Map<Integer, Integer> statuses = new TreeMap<>();

        int count() {
            return (int) nanos.getTotalCount();
        }

        int errors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() < 0 || e.getKey() >= 500 && e.getKey() != 503)
                    .mapToInt(Map.Entry::getValue).sum();
        }

        double percentileMillis(double p) {
            return count() == 0 ? Double.NaN : nanos.getValueAtPercentile(p) / 1e6;
        }

        double maxMillis() {
            return nanos.getMaxValue() / 1e6;
        }
    }

    private final Map<String, Kind> kinds = new TreeMap<>();
    private Duration duration = Duration.ZERO;

    synchronized void record(String kind, int status, long nanos) {
        Kind k = kinds.computeIfAbsent(kind, x -> new Kind());
        k.nanos.recordValue(Math.min(nanos, k.nanos.getHighestTrackableValue()));
        k.statuses.merge(status, 1, Integer::sum);
    }

    void finish(Duration ran) {
        this.duration = ran;
    }

    synchronized Kind kind(String name) {
        return kinds.getOrDefault(name, new Kind());
    }

    synchronized int errors() {
        return kinds.values().stream().mapToInt(Kind::errors).sum();
    }

    synchronized int requests() {
        return kinds.values().stream().mapToInt(Kind::count).sum();
    }

    /** A Markdown table: one row per request class. */
    synchronized String table() {
        StringBuilder out = new StringBuilder("| class | requests | per s | errors | statuses | p50 ms | p99 ms | max ms |\n")
                .append("|---|---:|---:|---:|---|---:|---:|---:|\n");
        kinds.forEach((name, k) -> out.append(String.format("| %s | %d | %.0f | %d | %s | %.1f | %.1f | %.0f |%n", name,
                k.count(), k.count() / Math.max(1e-9, duration.toMillis() / 1000.0), k.errors(), k.statuses,
                k.percentileMillis(50), k.percentileMillis(99), k.maxMillis())));
        return out.toString();
    }
}
