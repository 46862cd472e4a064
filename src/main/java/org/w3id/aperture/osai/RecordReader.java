package org.w3id.aperture.osai;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.aperture.vocab.Slugs;

/**
 * Reads one record file of an index: its metadata section (system or project) through the
 * index's layout, then what both indexes share (the org section, the dimensions, the comments).
 */
final class RecordReader {
    static final String ORG = "org";
    private static final List<String> ORG_KEYS = List.of("name", "link", "notes");

    /** Makes an index's own record from the common part and its metadata section. */
    @FunctionalInterface
    interface RecordMaker {
        IndexRecord make(RecordCore core, Section metadata, Oddities oddities);
    }

    /**
     * How one index lays out a record file: the name and keys of its metadata section, key spellings
     * read as a key, the header tags it defines (tag key to ap: property), and the record it makes.
     */
    record Layout(String section, List<String> keys, Map<String, String> variants, Map<String, String> tags,
                  RecordMaker maker) {}

    private final Layout layout;
    private final RatingsReader ratings;
    private final FileComments comments;

    RecordReader(Layout layout, DimensionScheme scheme) {
        this.layout = layout;
        this.ratings = new RatingsReader(scheme);
        this.comments = new FileComments(layout.tags());
    }

    /** The slug of a record file: its name without the extension, as a slug. */
    static String slugOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Slugs.of(dot > 0 ? name.substring(0, dot) : name);
    }

    /**
     * Gives each comment kept to the assessment whose block it is written in, and the others (above
     * the first key, or in the system, project or org section) to the record.
     */
    private static List<Rating> placeComments(List<StrictYaml.Entry> entries, List<Rating> rated,
                                              List<StrictYaml.Comment> kept, List<String> recordComments) {
        Map<Integer, List<String>> byRatingLine = new HashMap<>();
        for (StrictYaml.Comment comment : kept) {
            int owner = ownerLine(entries, comment.line());
            if (rated.stream().anyMatch(r -> r.line() == owner)) {
                byRatingLine.computeIfAbsent(owner, k -> new ArrayList<>()).add(comment.text());
            } else {
                recordComments.add(comment.text());
            }
        }
        return rated.stream().map(r -> r.withComments(byRatingLine.getOrDefault(r.line(), List.of()))).toList();
    }

    /** The line of the top-level key whose block a comment line is in (the last key above it), or 0 above the first. */
    private static int ownerLine(List<StrictYaml.Entry> entries, int commentLine) {
        int owner = 0;
        for (StrictYaml.Entry entry : entries) {
            if (entry.line() <= commentLine) {
                owner = Math.max(owner, entry.line());
            }
        }
        return owner;
    }

    IndexRecord read(Path file, Oddities oddities) {
        StrictYaml yaml = StrictYaml.read(file);
        StrictYaml.Entry metadataEntry = null;
        StrictYaml.Entry orgEntry = null;
        List<StrictYaml.Entry> dimensions = new ArrayList<>();
        List<StrictYaml.Entry> entries = yaml.entries();
        for (StrictYaml.Entry entry : entries) {
            if (entry.key().equals(layout.section())) {
                metadataEntry = entry;
            } else if (entry.key().equals(ORG)) {
                orgEntry = entry;
            } else {
                dimensions.add(entry);
            }
        }
        if (metadataEntry == null || orgEntry == null) {
            throw yaml.error(1, "no '" + (metadataEntry == null ? layout.section() : ORG) + "' section");
        }
        Section metadata = Section.read(yaml, metadataEntry, layout.keys(), layout.variants(), oddities);
        Section org = Section.read(yaml, orgEntry, ORG_KEYS, Map.of(), oddities);
        Producer producer = new Producer(org.text("name"), org.links("link", oddities), org.text("notes"));
        List<Rating> rated = ratings.read(yaml, dimensions, List.of(layout.section(), ORG), oddities);
        FileComments.Result header = comments.read(file, yaml.comments(), oddities);
        if (!layout.tags().isEmpty() && !header.hasOrganizationTags()) {
            oddities.add(Oddity.NO_HEADER_TAGS, file, 0);
        }
        String name = metadata.text("name");
        if (name == null) {
            oddities.add(Oddity.NO_NAME, file, metadataEntry.line());
        }
        List<String> unmapped = new ArrayList<>();
        metadata.unmapped().forEach(field -> unmapped.add(layout.section() + "." + field));
        org.unmapped().forEach(field -> unmapped.add(ORG + "." + field));
        List<String> recordComments = new ArrayList<>();
        List<Rating> commented = placeComments(entries, rated, header.kept(), recordComments);
        RecordCore core = new RecordCore(file, slugOf(file), name, metadata.links("link", oddities),
                metadata.text("notes"), producer, commented, List.copyOf(unmapped), List.copyOf(recordComments), header.tags());
        return layout.maker().make(core, metadata, oddities);
    }
}
