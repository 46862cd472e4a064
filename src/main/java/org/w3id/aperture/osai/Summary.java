package org.w3id.aperture.osai;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import read: records, the files that are not records, the assessments by class, and how
 * often each kind of oddity occurred, with the first few places (file:line) where it did.
 */
public final class Summary {
    private static final int PLACES = 3;

    private final String index;
    private final int records;
    private final List<String> templates;
    private final List<String> otherFiles;
    private final Map<OsaiClass, Integer> classes = new EnumMap<>(OsaiClass.class);
    private final int assessments;
    private final Oddities oddities;

    Summary(String index, List<IndexRecord> read, List<String> templates, List<String> otherFiles, Oddities oddities) {
        this.index = index;
        this.records = read.size();
        this.templates = List.copyOf(templates);
        this.otherFiles = List.copyOf(otherFiles);
        this.oddities = oddities;
        for (OsaiClass c : OsaiClass.values()) {
            classes.put(c, 0);
        }
        int count = 0;
        for (IndexRecord record : read) {
            for (Rating rating : record.core().ratings()) {
                count++;
                if (rating.openness() != null) {
                    classes.merge(rating.openness(), 1, Integer::sum);
                }
            }
        }
        this.assessments = count;
    }

    public int records() {
        return records;
    }

    public int assessments() {
        return assessments;
    }

    int count(OsaiClass c) {
        return classes.get(c);
    }

    int count(Oddity oddity) {
        return oddities.count(oddity);
    }

    List<String> where(Oddity oddity) {
        return oddities.where(oddity);
    }

    List<String> templates() {
        return templates;
    }

    List<String> otherFiles() {
        return otherFiles;
    }

    /** The summary as lines to print. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(index + ": " + records + " records, " + assessments + " assessments ("
                + String.join(", ", classes.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue()).toList())
                + ", unknown class " + oddities.count(Oddity.UNKNOWN_CLASS) + ")");
        templates.forEach(t -> lines.add("not imported: " + t + " (the index's template, not a record)"));
        if (!otherFiles.isEmpty()) {
            lines.add("not records: " + String.join(", ", otherFiles) + " (source.ttl describes each but "
                    + IndexImporter.OWN_NOTE + ", which is Aperture's note on the vendored files)");
        }
        lines.add("oddities, each kept as written or read as documented:");
        for (Oddity oddity : Oddity.values()) {
            List<String> places = oddities.where(oddity);
            String examples = places.isEmpty() ? ""
                    : " (" + String.join(", ", places.subList(0, Math.min(PLACES, places.size())))
                            + (places.size() > PLACES ? ", ..." : "") + ")";
            lines.add(String.format("%6d  %s%s", places.size(), oddity.description(), examples));
        }
        return lines;
    }
}
