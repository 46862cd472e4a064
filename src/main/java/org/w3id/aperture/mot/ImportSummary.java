package org.w3id.aperture.mot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import found besides what it wrote: how many times each kind of oddity occurred, with
 * the first places (file:line) where it did, so that nothing is left out without a word.
 */
public final class ImportSummary {
    private static final int EXAMPLES = 3;

    /** One kind of oddity: how often, and where first. */
    public record Count(int count, List<String> examples) {}

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, List<String>> examples = new TreeMap<>();

    void note(String kind, Path file, int line) {
        counts.merge(kind, 1, Integer::sum);
        List<String> where = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (where.size() < EXAMPLES) {
            where.add(file.getFileName() + (line > 0 ? ":" + line : ""));
        }
    }

    /** Every kind noted, by name, with its count and first places. */
    public Map<String, Count> counts() {
        Map<String, Count> out = new TreeMap<>();
        counts.forEach((k, n) -> out.put(k, new Count(n, List.copyOf(examples.get(k)))));
        return out;
    }

    public int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** One line per kind: "kind: N (file:line, ...)". */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        counts().forEach((k, c) -> out.add(k + ": " + c.count() + " (" + String.join(", ", c.examples())
                + (c.count() > c.examples().size() ? ", ..." : "") + ")"));
        return out;
    }
}
