package org.w3id.aperture.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.w3id.aperture.web.core.GraphQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Link;

/**
 * Who is who across the sources: the curated links between records (same release, family member, derivative), read
 * from their SSSOM mappings with the curation rule and the curators' reason, and seen from either end.
 */
public final class Alignments {
    /**
     * A record aligned with the one a page is about. {@code kind} says what the other record is to this one (the
     * words of the every-rating-of-a-model query: same release, member of its family, its family, derivative of it,
     * its base); {@code sentence} says it with both names; {@code closeness} orders the links, nearest first.
     */
    public record Aligned(Link other, String kind, String rule, String sentence, String reason, int closeness, String mapping) {}

    private static final List<String> RULES = List.of("same-release", "size-of-release", "other-version-of-family",
            "tune-by-developer", "fine-tune-by-third-party");

    private final Map<String, List<Aligned>> byRecord;

    private Alignments(Map<String, List<Aligned>> byRecord) {
        this.byRecord = byRecord;
    }

    public static Alignments load(GraphQueries q, Labels labels) {
        Map<String, List<Aligned>> byRecord = new LinkedHashMap<>();
        for (QuerySolution s : q.select("""
                SELECT ?m ?s ?p ?o (MIN(?r) AS ?rule) (MIN(?c) AS ?comment) WHERE {
                  ?m a sssom:Mapping ; owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o .
                  FILTER(?p IN (ap:sameReleaseAs, ap:familyMemberOf, ap:derivativeOf))
                  OPTIONAL { ?m sssom:curation_rule ?r } OPTIONAL { ?m rdfs:comment ?c } }
                GROUP BY ?m ?s ?p ?o ORDER BY ?m""")) {
            String subject = s.getResource("s").getURI();
            String object = s.getResource("o").getURI();
            String property = Labels.localName(s.getResource("p").getURI());
            String rule = s.contains("rule") ? s.getResource("rule").getURI() : null;
            String ruleSlug = rule == null ? "" : Labels.localName(rule);
            String reason = s.contains("comment") ? s.getLiteral("comment").getLexicalForm() : null;
            String mapping = s.getResource("m").getURI();
            String sentence = sentence(property, ruleSlug, labels.of(subject), labels.of(object));
            int rank = RULES.indexOf(ruleSlug) < 0 ? RULES.size() : RULES.indexOf(ruleSlug);
            String ruleLabel = rule == null ? null : labels.of(rule);
            String[] kinds = switch (property) {
                case "sameReleaseAs" -> new String[] {"same release", "same release"};
                case "familyMemberOf" -> new String[] {"its family", "member of its family"};
                default -> new String[] {"its base", "derivative of it"};
            };
            // seen from the subject, the object is its family or base; seen from the object, the subject is its member or derivative
            byRecord.computeIfAbsent(subject, k -> new ArrayList<>()).add(new Aligned(new Link(object, labels.of(object)),
                    kinds[0], ruleLabel, sentence, reason, property.equals("derivativeOf") ? RULES.size() + 1 : rank, mapping));
            byRecord.computeIfAbsent(object, k -> new ArrayList<>()).add(new Aligned(new Link(subject, labels.of(subject)),
                    kinds[1], ruleLabel, sentence, reason, rank, mapping));
        }
        byRecord.values().forEach(list -> list.sort(Comparator.comparingInt(Aligned::closeness)
                .thenComparing(a -> a.other().label().toLowerCase(java.util.Locale.ROOT))));
        return new Alignments(byRecord);
    }

    private static String sentence(String property, String rule, String subject, String object) {
        return switch (rule) {
            case "same-release" -> subject + " and " + object + " are the same release.";
            case "size-of-release" -> subject + " is one size of " + object + ".";
            case "other-version-of-family" -> subject + " is another version of the family of " + object + ".";
            case "tune-by-developer" -> subject + " is a tune of " + object + " by its developer.";
            case "fine-tune-by-third-party" -> subject + " is a fine-tune of " + object + " by another party.";
            default -> switch (property) {
                case "sameReleaseAs" -> subject + " and " + object + " are the same release.";
                case "familyMemberOf" -> subject + " is a member of the family of " + object + ".";
                default -> subject + " is a derivative of " + object + ".";
            };
        };
    }

    /** The records one link away from this one, nearest first. */
    List<Aligned> of(String record) {
        return byRecord.getOrDefault(record, List.of());
    }
}
