package org.w3id.aperture.osai;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the comments of a record file, paragraph by paragraph (comment lines on consecutive lines).
 * A paragraph headed "Organization tags:" or "Training compute:" gives tags, one "- Key: value"
 * line each, for the keys the index defines; the index's attribution notice (its opening words
 * are fixed in every file) is recognised and counted, and the section markers (# availability:
 * ...) are recognised; every other comment is kept as written, with its line.
 */
final class FileComments {
    /** A tag of the header: the ap: property it is stated with (local name) and its value as written. */
    record Tag(String property, String value) {}

    /** What the comments of one file give: header tags, in file order, and the comments kept, each at its first line. */
    record Result(List<Tag> tags, List<StrictYaml.Comment> kept, boolean hasOrganizationTags) {}

    private static final String ORGANIZATION_TAGS = "Organization tags:";
    private static final List<String> TAG_HEADINGS = List.of(ORGANIZATION_TAGS, "Training compute:");
    private static final List<String> ATTRIBUTION_OPENINGS =
            List.of("Thank you for contributing!", "You're free to build on this work", "Liesenfeld, A");
    private static final Pattern SECTION_MARKER = Pattern.compile("(?i)(availability|documentation|access):?");
    private static final Pattern TAG_LINE = Pattern.compile("-\\s*([^:]+?)\\s*:\\s*(.*)");

    private final Map<String, String> propertyByTag;

    /** @param propertyByTag the tag keys the index defines, each with the ap: property (local name) it becomes */
    FileComments(Map<String, String> propertyByTag) {
        this.propertyByTag = propertyByTag;
    }

    Result read(Path file, List<StrictYaml.Comment> comments, Oddities oddities) {
        List<Tag> tags = new ArrayList<>();
        List<StrictYaml.Comment> kept = new ArrayList<>();
        boolean organizationTags = false;
        for (List<StrictYaml.Comment> paragraph : paragraphs(comments)) {
            String first = paragraph.get(0).text();
            int line = paragraph.get(0).line();
            if (!propertyByTag.isEmpty() && TAG_HEADINGS.contains(first)) {
                organizationTags |= first.equals(ORGANIZATION_TAGS);
                for (StrictYaml.Comment comment : paragraph.subList(1, paragraph.size())) {
                    Matcher m = TAG_LINE.matcher(comment.text());
                    String property = m.matches() ? propertyByTag.get(m.group(1)) : null;
                    if (property != null && !m.group(2).isEmpty()) {
                        tags.add(new Tag(property, m.group(2)));
                        oddities.add(Oddity.HEADER_TAG, file, comment.line());
                    } else {
                        kept.add(new StrictYaml.Comment(comment.line(), first + " " + comment.text()));
                        oddities.add(Oddity.KEPT_COMMENT, file, comment.line());
                    }
                }
            } else if (paragraph.size() == 1 && SECTION_MARKER.matcher(first).matches()) {
                continue; // marks the group of the dimensions below it, as _parameters.yml groups them
            } else if (ATTRIBUTION_OPENINGS.stream().anyMatch(first::startsWith)) {
                oddities.add(Oddity.ATTRIBUTION_COMMENT, file, line);
            } else {
                kept.add(new StrictYaml.Comment(line, String.join(" ", paragraph.stream().map(StrictYaml.Comment::text).toList())));
                oddities.add(Oddity.KEPT_COMMENT, file, line);
            }
        }
        return new Result(List.copyOf(tags), List.copyOf(kept), organizationTags);
    }

    private static List<List<StrictYaml.Comment>> paragraphs(List<StrictYaml.Comment> comments) {
        List<List<StrictYaml.Comment>> paragraphs = new ArrayList<>();
        List<StrictYaml.Comment> current = new ArrayList<>();
        int previous = -2;
        for (StrictYaml.Comment comment : comments) {
            boolean breaks = comment.line() != previous + 1 || comment.text().isEmpty();
            if (breaks && !current.isEmpty()) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
            if (!comment.text().isEmpty()) {
                current.add(comment);
            }
            previous = comment.line();
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }
}
