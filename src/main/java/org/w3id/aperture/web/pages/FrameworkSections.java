package org.w3id.aperture.web.pages;

import java.util.ArrayList;
import java.util.List;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.web.core.Labels;

/**
 * The ratings other frameworks give a record's aligned records, one section per framework (MOT, OSAI, OUC), each
 * with the aligned records nearest first and the source credited: what a model page shows below its pipeline.
 */
public record FrameworkSections(List<Section> sections, String everyRatingHref, String compareHref) {
    /** One framework's records aligned with the page's record; {@code attribution} credits its source. */
    public record Section(Framework framework, Scheme scheme, List<Entry> entries, Attributions.Attribution attribution) {}

    /** An aligned record with its ratings. */
    public record Entry(Alignments.Aligned aligned, RatedRecords.Record record) {}

    static FrameworkSections of(Alignments alignments, RatedRecords records, Attributions attributions, Matrix matrix,
                                NamedQueries queries, String iri) {
        List<Section> sections = new ArrayList<>();
        List<Alignments.Aligned> aligned = alignments.of(iri);
        for (Framework f : Framework.values()) {
            List<Entry> entries = new ArrayList<>();
            String file = null;
            for (Alignments.Aligned a : aligned) {
                var record = records.record(a.other().iri()).filter(r -> r.framework() == f);
                if (record.isPresent()) {
                    entries.add(new Entry(a, record.get()));
                    file = file == null ? record.get().file() : file;
                }
            }
            if (!entries.isEmpty()) {
                sections.add(new Section(f, records.scheme(f), List.copyOf(entries), attributions.ofSource(file).orElse(null)));
            }
        }
        String query = queries.get("every-rating-of-a-model").map(q -> q.text()
                .replaceFirst("VALUES \\?model \\{ <[^>]*> \\}", java.util.regex.Matcher.quoteReplacement("VALUES ?model { <" + iri + "> }")))
                .orElse(null);
        boolean paperModel = matrix.row(iri).isPresent();
        return new FrameworkSections(List.copyOf(sections),
                query == null ? null : "/query?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8),
                paperModel ? "/frameworks?model=" + java.net.URLEncoder.encode(Labels.localName(iri), java.nio.charset.StandardCharsets.UTF_8) : null);
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    /** How many aligned records in all. */
    public int records() {
        return sections.stream().mapToInt(s -> s.entries().size()).sum();
    }
}
