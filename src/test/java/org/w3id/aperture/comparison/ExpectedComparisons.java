package org.w3id.aperture.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * The comparisons and the paper-rule levels, worked out again from the raw sources with the rules
 * as docs/frameworks.md states them, without the SPARQL of rules 08 and 09.
 */
final class ExpectedComparisons {
    static final String OPEN = "fully-open";
    static final String SEMI = "semi-open";
    static final String CLOSED = "fully-closed";

    /** One side's value in its framework's terms, its tier (or null), and the rule a value without a tier calls for. */
    record Side(String value, String tier, String noTierRule) {}

    record Comparison(String iri, Resource first, Resource second, String frameworks, String axis, Side a, Side b, String rule) {
        String verdict() {
            return rule.startsWith("both-") ? "agree" : rule.equals("one-tier-apart") || rule.equals("open-versus-closed") ? "disagree" : "cannot-compare";
        }
    }

    /** A level the paper's rule gives a MOT component, and the license it read. */
    record DerivedLevel(Resource assessment, String level, Resource license) {}

    /** A cell of the paper beside the derived level of a MOT record of the same release, on a MOF component the crosswalk maps it to. */
    record Cell(Resource model, Resource mot, String mofComponent, String component, String match, String authors, String derived) {
        boolean equal() {
            return authors.equals(derived);
        }
    }

    private ExpectedComparisons() {}

    static List<Comparison> comparisons(RawSources raw) {
        List<Comparison> out = new ArrayList<>();
        List<Resource> axes = raw.model.listSubjectsWithProperty(RDF.type, raw.model.createResource(RawSources.AP + "ComparisonAxis")).toList();
        for (RawSources.Mapping m : raw.mappings()) {
            if (!m.likeForLike()) {
                continue;
            }
            for (Resource[] ends : List.of(new Resource[] {m.source(), m.target()}, new Resource[] {m.target(), m.source()})) {
                for (Resource axis : axes) {
                    Optional<Resource> a1 = raw.assessment(ends[0], axis.getPropertyResourceValue(raw.ap("firstConcept")));
                    Optional<Resource> a2 = raw.assessment(ends[1], axis.getPropertyResourceValue(raw.ap("secondConcept")));
                    if (a1.isEmpty() || a2.isEmpty()) {
                        continue;
                    }
                    String slug = axis.getRequiredProperty(raw.property(RawSources.SKOS + "notation")).getString();
                    String frameworks = axis.getURI().substring((RawSources.BASE + "comparison-axis/").length()).split("/")[0];
                    Side a = side(raw, ends[0], a1.get());
                    Side b = side(raw, ends[1], a2.get());
                    out.add(new Comparison(RawSources.BASE + "comparison/" + slug(ends[0]) + "--" + slug(ends[1]) + "/" + slug,
                            ends[0], ends[1], frameworks, slug, a, b, rule(a, b)));
                }
            }
        }
        return out;
    }

    private static String slug(Resource record) {
        return record.getURI().substring(RawSources.BASE.length()).replace('/', '-');
    }

    static Side side(RawSources raw, Resource record, Resource assessment) {
        switch (RawSources.kind(record)) {
            case "model" -> {
                String level = raw.suffix(assessment.getPropertyResourceValue(raw.ap("value")), "level");
                if (level.equals("not-applicable") || level.equals("unknown")) {
                    return new Side(level, null, level);
                }
                int rank = Integer.parseInt(level.substring(1));
                return new Side(level, rank == 5 ? OPEN : rank == 1 ? CLOSED : SEMI, null);
            }
            case "mot" -> {
                if (!assessment.getRequiredProperty(raw.ap("included")).getBoolean()) {
                    return new Side("not-listed", CLOSED, null);
                }
                String verdict = raw.suffix(assessment.getPropertyResourceValue(raw.ap("mofLicenseVerdict")), "mof-license-verdict");
                return switch (verdict) {
                    case "open" -> new Side("open", OPEN, null);
                    case "open-not-type-appropriate" -> new Side("open-other-type", OPEN, null);
                    case "unlicensed" -> new Side("unlicensed", CLOSED, null);
                    default -> raw.resolvedTerms(assessment).filter(t -> raw.isA(t, "License")).isPresent()
                            ? new Side("not-open-license", SEMI, null) : new Side("not-a-license", null, "not-a-license");
                };
            }
            default -> {
                Statement cls = assessment.getProperty(raw.ap("opennessClass"));
                if (cls == null) {
                    return new Side(null, null, null);
                }
                String c = raw.suffix(cls.getResource(), "osai-class");
                return switch (c) {
                    case "open" -> new Side(c, OPEN, null);
                    case "partial" -> new Side(c, SEMI, null);
                    case "closed" -> new Side(c, CLOSED, null);
                    default -> new Side(c, null, "not-applicable");
                };
            }
        }
    }

    static String rule(Side a, Side b) {
        for (String noTier : List.of("not-applicable", "unknown", "not-a-license")) {
            if (noTier.equals(a.noTierRule()) || noTier.equals(b.noTierRule())) {
                return noTier;
            }
        }
        if (a.tier() == null || b.tier() == null) {
            return "unknown";
        }
        if (a.tier().equals(b.tier())) {
            return "both-" + a.tier();
        }
        return a.tier().equals(SEMI) || b.tier().equals(SEMI) ? "one-tier-apart" : "open-versus-closed";
    }

    /** The five MOF components whose license the paper's rule reads, and the content type each has. */
    static final List<String> RULE_COMPONENTS = List.of("model-parameters-final", "training-code", "inference-code", "evaluation-code", "datasets");

    static List<DerivedLevel> derivedLevels(RawSources raw) {
        List<DerivedLevel> out = new ArrayList<>();
        for (String component : RULE_COMPONENTS) {
            Resource mof = raw.res("mof/" + component);
            boolean code = raw.suffix(mof.getPropertyResourceValue(raw.ap("mofContentType")), "mof-content-type").equals("code");
            raw.model.listSubjectsWithProperty(raw.ap("dimension"), mof).forEach(a -> {
                if (!a.getRequiredProperty(raw.ap("included")).getBoolean()) {
                    return;
                }
                raw.resolvedTerms(a).ifPresent(terms -> points(raw, terms).ifPresent(p -> out.add(new DerivedLevel(a, level(p, code), terms))));
            });
        }
        return out;
    }

    /** One point per permission the license states, or nothing when it states none. */
    static Optional<Integer> points(RawSources raw, Resource license) {
        int points = 0;
        for (String p : List.of("permitsResearch", "permitsCommercialUse", "permitsModification", "permitsCopyrightedDerivatives",
                "permitsRelicensedDerivatives")) {
            Statement s = license.getProperty(raw.ap(p));
            if (s == null) {
                return Optional.empty();
            }
            points += s.getBoolean() ? 1 : 0;
        }
        return Optional.of(points);
    }

    /** The paper's rule: 0-1 points C2/D3, 2-3 C3/D3, 4 C4/D4, 5 C5/D5. */
    static String level(int points, boolean code) {
        int rank = points <= 1 ? 2 : points <= 3 ? 3 : points;
        return code ? "C" + rank : "D" + Math.max(rank, 3);
    }

    static List<Cell> cells(RawSources raw) {
        Map<Resource, DerivedLevel> derived = new HashMap<>();
        derivedLevels(raw).forEach(d -> derived.put(d.assessment(), d));
        List<Cell> out = new ArrayList<>();
        for (RawSources.Mapping m : raw.mappings()) {
            if (!m.likeForLike()) {
                continue;
            }
            Resource model = RawSources.kind(m.source()).equals("model") ? m.source() : m.target();
            Resource mot = m.other(model);
            if (!RawSources.kind(model).equals("model") || !RawSources.kind(mot).equals("mot")) {
                continue;
            }
            for (String component : RULE_COMPONENTS) {
                Resource mof = raw.res("mof/" + component);
                Optional<DerivedLevel> level = raw.assessment(mot, mof).map(derived::get);
                if (level.isEmpty()) {
                    continue;
                }
                for (String match : List.of("exactMatch", "closeMatch", "narrowMatch", "broadMatch")) {
                    raw.model.listSubjectsWithProperty(raw.property(RawSources.SKOS + match), mof).forEach(c -> {
                        if (!c.getURI().startsWith(RawSources.BASE + "component/")) {
                            return;
                        }
                        raw.assessment(model, c).ifPresent(a -> {
                            String value = raw.suffix(a.getPropertyResourceValue(raw.ap("value")), "level");
                            if (value.matches("[cd][1-5]")) {
                                out.add(new Cell(model, mot, component, raw.suffix(c, "component"), match, value.toUpperCase(),
                                        level.get().level()));
                            }
                        });
                    });
                }
            }
        }
        return out;
    }
}
