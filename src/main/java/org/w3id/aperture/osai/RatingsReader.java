package org.w3id.aperture.osai;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the dimensions of a record file, the part both indexes share: each a mapping of class,
 * link and notes under the dimension's key. A key that is neither a section nor a dimension of
 * the scheme is an error; a dimension absent from the file is counted.
 */
final class RatingsReader {
    private final DimensionScheme scheme;

    RatingsReader(DimensionScheme scheme) {
        this.scheme = scheme;
    }

    List<Rating> read(StrictYaml yaml, List<StrictYaml.Entry> entries, List<String> sections, Oddities oddities) {
        List<Rating> ratings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StrictYaml.Entry entry : entries) {
            Dimension dimension = scheme.byKey(entry.key()).orElseThrow(() -> yaml.error(entry.line(),
                    "unknown key '" + entry.key() + "': neither a section " + sections + " nor a dimension of "
                            + scheme.iri() + " " + scheme.keys()));
            seen.add(entry.key());
            ratings.add(rating(yaml, entry, dimension, oddities));
        }
        for (String key : scheme.keys()) {
            if (!seen.contains(key)) {
                oddities.add(Oddity.MISSING_DIMENSION, yaml.file().getFileName() + " (" + key + ")");
            }
        }
        return List.copyOf(ratings);
    }

    private static Rating rating(StrictYaml yaml, StrictYaml.Entry entry, Dimension dimension, Oddities oddities) {
        String key = entry.key();
        StrictYaml.Entry classEntry = null;
        StrictYaml.Entry linkEntry = null;
        StrictYaml.Entry notesEntry = null;
        List<String> unmapped = new ArrayList<>();
        for (StrictYaml.Entry field : yaml.mapping(entry)) {
            switch (field.key()) {
                case "class" -> classEntry = field;
                case "link" -> linkEntry = field;
                case "notes" -> notesEntry = field;
                default -> {
                    if (!StrictYaml.isText(field.value())) {
                        throw yaml.error(field.line(), key + "." + field.key()
                                + ": a key the format does not define, with a mapping or list as value; expected class, link and notes");
                    }
                    String text = yaml.text(field, key + "." + field.key());
                    unmapped.add(field.key() + ":" + (text == null ? "" : " " + text));
                    oddities.add(Oddity.UNKNOWN_KEY, yaml.file(), field.line());
                }
            }
        }
        if (classEntry == null) {
            throw yaml.error(entry.line(), key + ": no class (write 'class:' followed by open, partial, closed, or nothing for not applicable)");
        }
        String written = yaml.text(classEntry, key + ".class");
        Optional<OsaiClass> openness = OsaiClass.of(written);
        if (written == null) {
            oddities.add(Oddity.NOT_APPLICABLE, yaml.file(), classEntry.line());
        } else if (openness.isEmpty()) {
            oddities.add(Oddity.UNKNOWN_CLASS, yaml.file(), classEntry.line());
        }
        Links evidence = Links.NONE;
        if (linkEntry == null) {
            oddities.add(Oddity.NO_LINK_KEY, yaml.file(), entry.line());
        } else {
            List<String> links = yaml.texts(linkEntry, key + ".link");
            evidence = Links.of(links);
            int line = linkEntry.line();
            for (int i = 0; i < Links.repeated(links); i++) {
                oddities.add(Oddity.DUPLICATE_LINK, yaml.file(), line);
            }
            if (evidence.isEmpty()) {
                oddities.add(Oddity.NO_EVIDENCE, yaml.file(), line);
            }
            if (evidence.size() > 1) {
                oddities.add(Oddity.SEVERAL_LINKS, yaml.file(), line);
            }
            evidence.asWritten().forEach(text -> oddities.add(Oddity.UNPARSABLE_LINK, yaml.file(), line));
        }
        String note = notesEntry == null ? null : yaml.text(notesEntry, key + ".notes");
        return new Rating(dimension, entry.line(), openness.orElse(null), openness.isEmpty() ? written : null,
                evidence, note, List.copyOf(unmapped), List.of());
    }
}
