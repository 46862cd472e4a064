package org.w3id.aperture.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Markdown tables of the harness's runs. Throughput counts the 200 answers per measured second and the
 * latencies are theirs; any other answer, or none, is an error.
 */
final class Report {
    private static final int OK = 200;

    /** One measured slot: a contender in a round. */
    record Run(String contender, int round, Tally tally) {}

    private Report() {}

    private static Map<String, Tally> byContender(List<Run> runs) {
        Map<String, List<Tally>> grouped = new LinkedHashMap<>();
        runs.forEach(r -> grouped.computeIfAbsent(r.contender(), k -> new ArrayList<>()).add(r.tally()));
        Map<String, Tally> totals = new LinkedHashMap<>();
        grouped.forEach((name, tallies) -> totals.put(name, Tally.sum(tallies)));
        return totals;
    }

    static long ok(Tally t) {
        return t.kinds().values().stream().mapToLong(k -> k.count(OK)).sum();
    }

    static double throughput(Tally t) {
        return ok(t) / t.seconds();
    }

    static long errors(Tally t) {
        return t.requests() - ok(t);
    }

    private static Histogram okLatencies(Tally t) {
        Histogram all = Tally.histogram();
        t.kinds().values().forEach(k -> all.add(k.latencies(OK)));
        return all;
    }

    private static String ratio(double value, Double reference) {
        return reference == null || reference == 0 ? "–" : String.format(Locale.ROOT, "%.2f", value / reference);
    }

    /** The summary of one concurrency: each contender over all its rounds, and each round alone. */
    static String summary(int clients, List<Run> runs, String reference) {
        Map<String, Tally> totals = byContender(runs);
        Double ref = totals.containsKey(reference) ? throughput(totals.get(reference)) : null;
        StringBuilder out = new StringBuilder();
        out.append("#### ").append(clients).append(" concurrent clients\n\n");
        out.append("| contender | requests | req/s | ratio to ").append(reference)
                .append(" | p50 ms | p99 ms | lookup p50 ms | lookup p99 ms | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        totals.forEach((name, t) -> {
            Histogram all = okLatencies(t);
            Histogram lookup = t.kind(QueryMix.LOOKUP).latencies(OK);
            out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %s | %s | %s | %s | %d |%n", name, ok(t),
                    throughput(t), ratio(throughput(t), ref), Tally.ms(all, 50), Tally.ms(all, 99),
                    Tally.ms(lookup, 50), Tally.ms(lookup, 99), errors(t)));
        });
        out.append("\nPer round (the order of each round is rotated):\n\n");
        out.append("| round | slot | contender | req/s | ratio to ").append(reference).append(" in the round |\n");
        out.append("|---:|---:|---|---:|---:|\n");
        Map<Integer, List<Run>> byRound = new LinkedHashMap<>();
        runs.forEach(r -> byRound.computeIfAbsent(r.round(), k -> new ArrayList<>()).add(r));
        byRound.forEach((round, list) -> {
            Double roundRef = list.stream().filter(r -> r.contender().equals(reference)).findFirst()
                    .map(r -> throughput(r.tally())).orElse(null);
            for (int i = 0; i < list.size(); i++) {
                Run r = list.get(i);
                out.append(String.format(Locale.ROOT, "| %d | %d | %s | %.1f | %s |%n", round, i + 1, r.contender(),
                        throughput(r.tally()), ratio(throughput(r.tally()), roundRef)));
            }
        });
        return out.append('\n').toString();
    }

    /** Throughput, p50 and p99 of each query class for each contender. */
    static String perClass(String title, List<Run> runs) {
        Map<String, Tally> totals = byContender(runs);
        StringBuilder out = new StringBuilder();
        out.append("#### ").append(title).append("\n\n| query class |");
        totals.keySet().forEach(c -> out.append(' ').append(c).append(" req/s | p50 ms | p99 ms |"));
        out.append("\n|---|");
        totals.keySet().forEach(c -> out.append("---:|---:|---:|"));
        out.append('\n');
        java.util.Set<String> classes = new java.util.TreeSet<>();
        totals.values().forEach(t -> classes.addAll(t.kinds().keySet()));
        for (String k : classes) {
            out.append("| ").append(k).append(" |");
            totals.values().forEach(t -> {
                Histogram h = t.kind(k).latencies(OK);
                out.append(String.format(Locale.ROOT, " %.1f | %s | %s |", h.getTotalCount() / t.seconds(),
                        Tally.ms(h, 50), Tally.ms(h, 99)));
            });
            out.append('\n');
        }
        return out.append('\n').toString();
    }
}
