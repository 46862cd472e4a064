package org.w3id.aperture.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Markdown tables of load-driver results. */
final class Report {
    /** One measured slot: a contender in a round. */
    record Run(String contender, int round, LoadDriver.Result result) {}

    private record Total(long requests, double seconds, long errors, Histogram all, Map<String, Histogram> byClass) {
        double throughput() {
            return requests / seconds;
        }
    }

    private Report() {}

    private static Map<String, Total> totals(List<Run> runs) {
        Map<String, Total> totals = new LinkedHashMap<>();
        for (Run run : runs) {
            LoadDriver.Result r = run.result();
            Total t = totals.get(run.contender());
            Map<String, Histogram> byClass = t == null ? new LinkedHashMap<>() : t.byClass();
            r.latencies().forEach((k, h) -> byClass.computeIfAbsent(k, x -> new Histogram(LoadDriver.MAX_NANOS, 3)).add(h));
            Histogram all = t == null ? new Histogram(LoadDriver.MAX_NANOS, 3) : t.all();
            all.add(r.all());
            totals.put(run.contender(), new Total((t == null ? 0 : t.requests()) + r.requests(),
                    (t == null ? 0 : t.seconds()) + r.seconds(), (t == null ? 0 : t.errors()) + r.errorCount(), all, byClass));
        }
        return totals;
    }

    static String ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", h.getValueAtPercentile(percentile) / 1e6);
    }

    private static String ratio(double value, Double reference) {
        return reference == null || reference == 0 ? "–" : String.format(Locale.ROOT, "%.2f", value / reference);
    }

    /** The summary of one concurrency: each contender over all its rounds, and each round alone. */
    static String summary(int clients, List<Run> runs, String reference) {
        Map<String, Total> totals = totals(runs);
        Double ref = totals.containsKey(reference) ? totals.get(reference).throughput() : null;
        StringBuilder out = new StringBuilder();
        out.append("#### ").append(clients).append(" concurrent clients\n\n");
        out.append("| contender | requests | req/s | ratio to ").append(reference)
                .append(" | p50 ms | p99 ms | lookup p50 ms | lookup p99 ms | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        totals.forEach((name, t) -> {
            Histogram lookup = t.byClass().getOrDefault(QueryMix.LOOKUP, new Histogram(LoadDriver.MAX_NANOS, 3));
            out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %s | %s | %s | %s | %d |%n", name, t.requests(),
                    t.throughput(), ratio(t.throughput(), ref), ms(t.all(), 50), ms(t.all(), 99),
                    ms(lookup, 50), ms(lookup, 99), t.errors()));
        });
        out.append("\nPer round (the order of each round is rotated):\n\n");
        out.append("| round | slot | contender | req/s | ratio to ").append(reference).append(" in the round |\n");
        out.append("|---:|---:|---|---:|---:|\n");
        Map<Integer, List<Run>> byRound = new LinkedHashMap<>();
        runs.forEach(r -> byRound.computeIfAbsent(r.round(), k -> new ArrayList<>()).add(r));
        byRound.forEach((round, list) -> {
            Double roundRef = list.stream().filter(r -> r.contender().equals(reference)).findFirst()
                    .map(r -> r.result().throughput()).orElse(null);
            for (int i = 0; i < list.size(); i++) {
                Run r = list.get(i);
                out.append(String.format(Locale.ROOT, "| %d | %d | %s | %.1f | %s |%n", round, i + 1, r.contender(),
                        r.result().throughput(), ratio(r.result().throughput(), roundRef)));
            }
        });
        return out.append('\n').toString();
    }

    /** Throughput, p50 and p99 of each query class for each contender. */
    static String perClass(String title, List<Run> runs) {
        Map<String, Total> totals = totals(runs);
        StringBuilder out = new StringBuilder();
        out.append("#### ").append(title).append("\n\n| query class |");
        totals.keySet().forEach(c -> out.append(' ').append(c).append(" req/s | p50 ms | p99 ms |"));
        out.append("\n|---|");
        totals.keySet().forEach(c -> out.append("---:|---:|---:|"));
        out.append('\n');
        List<String> classes = new ArrayList<>(totals.values().iterator().next().byClass().keySet());
        for (String k : classes) {
            out.append("| ").append(k).append(" |");
            totals.values().forEach(t -> {
                Histogram h = t.byClass().get(k);
                out.append(String.format(Locale.ROOT, " %.1f | %s | %s |", h.getTotalCount() / t.seconds(), ms(h, 50), ms(h, 99)));
            });
            out.append('\n');
        }
        return out.append('\n').toString();
    }
}
