package org.w3id.aperture.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.w3id.aperture.web.core.GraphQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Link;
import org.w3id.aperture.web.core.SiteIris;

/**
 * The records of the Model Openness Tool, the European Open Source AI Index and Opening up ChatGPT, read once from
 * the graph: each with its producer, date and ratings in its framework's column order, and for MOT records the MOF
 * class and progress Aperture derived with MOT's rules.
 */
public final class RatedRecords {
    /**
     * One assessment of a record on one component or dimension: the value in the framework's words and its colour.
     * MOF ratings fill {@code included}, the license fields and {@code verdict} (a slug of ap:mofLicenseVerdict);
     * the indexes' ratings fill the class, evidence and note.
     */
    public record Rating(Scheme.Dimension dimension, String assessment, String value, String css, int order, Step step,
                         Boolean included, String licenseWritten, String license, String verdict, String resolved,
                         String licenseFrom, String licenseScope, String classIri, String classWritten, List<String> evidence, List<String> evidenceWritten,
                         String note) {}

    /** Progress towards one MOF class: the percentage (as derived, two decimals) and MOT's lists for that class. */
    public record Progress(int classNumber, String notation, String label, double percent, List<Link> missing,
                           List<Link> unlicensed, List<Link> invalid) {
        /** The whole percent MOT's badges show: PHP's round(), half away from zero. */
        public long whole() {
            return BigDecimal.valueOf(percent).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    /** A record's MOF class (0 unclassified, 3, 2 or 1) and progress towards classes III, II and I, in that order. */
    public record Mof(int classNumber, String label, String css, List<Progress> progress) {
        public boolean classified() {
            return classNumber > 0;
        }
    }

    /** One record of a framework. {@code date} is dcterms:issued (the indexes) or dcterms:modified (MOT). */
    public record Record(String iri, String label, Framework framework, Link producer, String date, String modelType,
                         List<String> huggingFaceIds, String file, List<Rating> ratings, Mof mof) {
        public String year() {
            return date == null ? "" : date.substring(0, Math.min(4, date.length()));
        }

        public String slug() {
            return Labels.localName(iri);
        }

        /** The ratings of one group of the framework's scheme (a MOF class, an index's group), in column order. */
        public List<Rating> in(Scheme.Group group) {
            return ratings.stream().filter(r -> group.dimensions().stream().anyMatch(d -> d.iri().equals(r.dimension().iri()))).toList();
        }

        Optional<Rating> rating(String dimensionIri) {
            return ratings.stream().filter(r -> r.dimension().iri().equals(dimensionIri)).findFirst();
        }

        /** The rating of one component or dimension, or null when the record has none: for the templates. */
        public Rating ratingOf(String dimensionIri) {
            return rating(dimensionIri).orElse(null);
        }

        /** How many ratings have each value, in the order of the values ("3 open, 4 partial, 5 closed"). */
        public String tally() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            ratings.stream().sorted(Comparator.comparingInt(Rating::order).reversed())
                    .forEach(r -> counts.merge(r.value(), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            counts.forEach((value, n) -> parts.add(n + " " + value));
            return String.join(", ", parts);
        }

        /** The index's score: open counts 1, partial 0.5 (as the index scores them); for MOT, the class and progress. */
        double openness() {
            if (mof != null) {
                double rank = mof.classNumber() == 0 ? 0 : 4 - mof.classNumber();
                return rank * 1000 + mof.progress().stream().mapToDouble(Progress::percent).sum();
            }
            return ratings.stream().mapToDouble(r -> r.step() == Step.OPEN ? 1 : r.step() == Step.PARTIAL ? 0.5 : 0).sum();
        }
    }

    private final Map<Framework, Scheme> schemes;
    private final Map<Framework, List<Record>> byFramework;
    private final Map<String, Record> byIri;
    private final Map<String, Record> byAssessment;

    private RatedRecords(Map<Framework, Scheme> schemes, List<Record> records) {
        this.schemes = schemes;
        this.byFramework = new EnumMap<>(Framework.class);
        this.byIri = new LinkedHashMap<>();
        this.byAssessment = new LinkedHashMap<>();
        for (Framework f : Framework.values()) {
            byFramework.put(f, new ArrayList<>());
        }
        for (Record r : records) {
            byFramework.get(r.framework()).add(r);
            byIri.put(r.iri(), r);
            r.ratings().forEach(x -> byAssessment.put(x.assessment(), r));
        }
        byFramework.replaceAll((f, list) -> List.copyOf(list));
    }

    Scheme scheme(Framework framework) {
        return schemes.get(framework);
    }

    /** The records of one framework, by label. */
    List<Record> of(Framework framework) {
        return byFramework.get(framework);
    }

    Optional<Record> record(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The record an assessment rates, with that assessment's rating. */
    Optional<Map.Entry<Record, Rating>> assessment(String iri) {
        Record r = byAssessment.get(iri);
        return r == null ? Optional.empty()
                : r.ratings().stream().filter(x -> x.assessment().equals(iri)).findFirst().map(x -> Map.entry(r, x));
    }

    public static RatedRecords load(GraphQueries q, Graph graph, SiteIris iris, Labels labels) {
        Map<Framework, Scheme> schemes = new EnumMap<>(Framework.class);
        for (Framework f : Framework.values()) {
            schemes.put(f, Scheme.load(f, q, graph, iris, labels));
        }
        Map<String, List<String>> evidence = multi(q, "SELECT ?a ?v WHERE { ?a ap:ratedRecord ?r ; ap:evidence ?v }");
        Map<String, List<String>> evidenceWritten = multi(q, "SELECT ?a ?v WHERE { ?a ap:ratedRecord ?r ; ap:evidenceAsWritten ?v }");
        Map<String, List<String>> hf = multi(q, "SELECT ?a ?v WHERE { ?a a ap:RatedRecord ; ap:huggingFaceId ?v }");
        Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
        for (QuerySolution s : q.select("""
                SELECT ?a ?r ?d ?included ?written ?license ?verdict ?resolved ?from ?scope ?class ?classWritten ?note WHERE {
                  ?a ap:ratedRecord ?r ; ap:dimension ?d .
                  OPTIONAL { ?a ap:included ?included } OPTIONAL { ?a ap:licenseAsWritten ?written } OPTIONAL { ?a ap:license ?license }
                  OPTIONAL { ?a ap:mofLicenseVerdict ?verdict } OPTIONAL { ?a ap:mofResolvedLicense ?resolved } OPTIONAL { ?a ap:mofLicenseFrom ?from OPTIONAL { ?from ap:licenseScope ?scope } }
                  OPTIONAL { ?a ap:opennessClass ?class } OPTIONAL { ?a ap:classAsWritten ?classWritten } OPTIONAL { ?a ap:note ?note } }
                ORDER BY ?a""")) {
            String a = iri(s, "a");
            ratings.computeIfAbsent(iri(s, "r"), k -> new LinkedHashMap<>()).putIfAbsent(iri(s, "d"), new Rating(
                    new Scheme.Dimension(iri(s, "d"), labels.of(iri(s, "d")), Labels.localName(iri(s, "d")), null, false, null), a,
                    null, null, 0, null, s.contains("included") ? s.getLiteral("included").getBoolean() : null, text(s, "written"),
                    iri(s, "license"), iri(s, "verdict") == null ? null : Labels.localName(iri(s, "verdict")), text(s, "resolved"), iri(s, "from"),
                    text(s, "scope"), iri(s, "class"), text(s, "classWritten"), evidence.getOrDefault(a, List.of()),
                    evidenceWritten.getOrDefault(a, List.of()), text(s, "note")));
        }
        Map<String, Mof> mof = mof(q, labels);
        List<Record> records = new ArrayList<>();
        Map<String, Framework> classes = new LinkedHashMap<>();
        for (Framework f : Framework.values()) {
            classes.put(f.recordClass(iris), f);
        }
        for (QuerySolution s : q.select("""
                SELECT ?r ?k (MIN(?l) AS ?label) (MIN(?f) AS ?file) (MIN(?p) AS ?producer) (MIN(STR(?d)) AS ?date) (MIN(?t) AS ?type)
                WHERE { VALUES ?k { ap:MotRecord ap:OsaiRecord ap:OucRecord } ?r a ?k .
                  OPTIONAL { ?r rdfs:label ?l } OPTIONAL { ?r prov:wasDerivedFrom ?f } OPTIONAL { ?r ap:producer ?p }
                  OPTIONAL { ?r dcterms:issued|dcterms:modified ?d } OPTIONAL { ?r ap:modelType ?t } }
                GROUP BY ?r ?k""")) {
            String r = iri(s, "r");
            Framework f = classes.get(iri(s, "k"));
            Scheme scheme = schemes.get(f);
            Map<String, Rating> own = ratings.getOrDefault(r, Map.of());
            List<Rating> ordered = new ArrayList<>();
            for (Scheme.Dimension d : scheme.dimensions()) {
                Rating x = own.get(d.iri());
                if (x != null) {
                    ordered.add(f.isMof() ? mofValue(x, d) : indexValue(x, d, labels));
                }
            }
            String producer = iri(s, "producer");
            records.add(new Record(r, s.contains("label") ? text(s, "label") : Labels.localName(r), f,
                    producer == null ? null : new Link(producer, labels.of(producer)), text(s, "date"), text(s, "type"),
                    hf.getOrDefault(r, List.of()), iri(s, "file"), List.copyOf(ordered), f.isMof() ? mof.get(r) : null));
        }
        records.sort(Comparator.comparing((Record r) -> r.label().toLowerCase(Locale.ROOT)).thenComparing(Record::iri));
        return new RatedRecords(schemes, records);
    }

    /** The MOT evaluator's outcomes for a component, in words, with their style, sort order and openness step. */
    private enum MofOutcome {
        NOT_INCLUDED("not included", "mof-missing", 0, Step.CLOSED),
        OPEN("open", "mof-open", 4, Step.OPEN),
        OPEN_OTHER_TYPE("open, other type", "mof-open-other", 3, Step.OPEN),
        UNLICENSED("unlicensed", "mof-unlicensed", 2, Step.PARTIAL),
        INCLUDED("included", "mof-invalid", 1, Step.PARTIAL),
        INVALID("invalid", "mof-invalid", 1, Step.PARTIAL);

        final String value;
        final String css;
        final int order;
        final Step step;

        MofOutcome(String value, String css, int order, Step step) {
            this.value = value;
            this.css = css;
            this.order = order;
            this.step = step;
        }

        static MofOutcome of(boolean included, String verdict) {
            if (!included) {
                return NOT_INCLUDED;
            }
            if (verdict == null) {
                return INCLUDED;
            }
            return switch (verdict) {
                case "open" -> OPEN;
                case "open-not-type-appropriate" -> OPEN_OTHER_TYPE;
                case "unlicensed" -> UNLICENSED;
                default -> INVALID;
            };
        }
    }

    /** A MOF rating in words: not included, or the verdict on its license (MOT's evaluator's four outcomes). */
    private static Rating mofValue(Rating x, Scheme.Dimension d) {
        String verdict = x.verdict();
        MofOutcome o = MofOutcome.of(Boolean.TRUE.equals(x.included()), verdict);
        return new Rating(d, x.assessment(), o.value, o.css, o.order, o.step, x.included(), x.licenseWritten(), x.license(), verdict,
                x.resolved(), x.licenseFrom(), x.licenseScope(), null, null, List.of(), List.of(), x.note());
    }

    /** An index's rating: open, partial, closed, not applicable, or a class string kept as written. */
    private static Rating indexValue(Rating x, Scheme.Dimension d, Labels labels) {
        String slug = x.classIri() == null ? null : Labels.localName(x.classIri());
        String value;
        String css;
        int order;
        Step step = null;
        if (slug == null) {
            value = x.classWritten() == null ? "no class" : x.classWritten();
            css = "lv-unknown";
            order = -1;
        } else {
            value = labels.of(x.classIri());
            switch (slug) {
                case "open" -> {
                    css = "osai-open";
                    order = 3;
                    step = Step.OPEN;
                }
                case "partial" -> {
                    css = "osai-partial";
                    order = 2;
                    step = Step.PARTIAL;
                }
                case "closed" -> {
                    css = "osai-closed";
                    order = 1;
                    step = Step.CLOSED;
                }
                default -> {
                    css = "lv-not-applicable";
                    order = 0;
                }
            }
        }
        return new Rating(d, x.assessment(), value, css, order, step, null, null, null, null, null, null, null, x.classIri(),
                x.classWritten(), x.evidence(), x.evidenceWritten(), x.note());
    }

    private static Map<String, Mof> mof(GraphQueries q, Labels labels) {
        Map<String, Map<Integer, Map<String, TreeSet<String>>>> lists = new LinkedHashMap<>();
        for (QuerySolution s : q.select("""
                SELECT ?r ?n ?list ?c WHERE { ?r a ap:MotRecord ; ap:mofProgress ?p . ?p ap:mofClassNumber ?n ; ?list ?c
                  FILTER(?list IN (ap:mofMissing, ap:mofUnlicensed, ap:mofInvalid)) }""")) {
            lists.computeIfAbsent(iri(s, "r"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.getLiteral("n").getInt(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(Labels.localName(iri(s, "list")), k -> new TreeSet<>()).add(iri(s, "c"));
        }
        Map<Integer, String[]> classes = new LinkedHashMap<>();
        for (QuerySolution s : q.select("SELECT ?c ?n ?notation WHERE { ?c a ap:MofClass ; ap:classNumber ?n ; skos:notation ?notation }")) {
            classes.put(s.getLiteral("n").getInt(), new String[] {iri(s, "c"), text(s, "notation")});
        }
        Map<String, List<Progress>> progress = new LinkedHashMap<>();
        for (QuerySolution s : q.select("""
                SELECT ?r ?n ?pct WHERE { ?r a ap:MotRecord ; ap:mofProgress ?p . ?p ap:mofClassNumber ?n ; ap:percent ?pct }
                ORDER BY ?r DESC(?n)""")) {
            int n = s.getLiteral("n").getInt();
            Map<String, TreeSet<String>> of = lists.getOrDefault(iri(s, "r"), Map.of()).getOrDefault(n, Map.of());
            String[] c = classes.getOrDefault(n, new String[] {null, Integer.toString(n)});
            progress.computeIfAbsent(iri(s, "r"), k -> new ArrayList<>()).add(new Progress(n, c[1],
                    c[0] == null ? "Class " + c[1] : labels.of(c[0]), s.getLiteral("pct").getDouble(),
                    links(of.get("mofMissing"), labels), links(of.get("mofUnlicensed"), labels), links(of.get("mofInvalid"), labels)));
        }
        Map<String, Mof> mof = new LinkedHashMap<>();
        for (QuerySolution s : q.select("SELECT ?r ?class WHERE { ?r a ap:MotRecord ; ap:mofClassComputed ?class }")) {
            int n = s.getLiteral("class").getInt();
            String[] c = classes.get(n);
            mof.put(iri(s, "r"), new Mof(n, c == null ? "Unclassified" : labels.of(c[0]), n == 0 ? "mof-class-0" : "mof-class-" + n,
                    List.copyOf(progress.getOrDefault(iri(s, "r"), List.of()))));
        }
        return mof;
    }

    private static List<Link> links(TreeSet<String> iris, Labels labels) {
        return iris == null ? List.of() : iris.stream().map(i -> new Link(i, labels.of(i))).toList();
    }

    /** Subject to its values (IRIs or texts), sorted. */
    private static Map<String, List<String>> multi(GraphQueries q, String query) {
        Map<String, TreeSet<String>> values = new LinkedHashMap<>();
        for (QuerySolution s : q.select(query)) {
            var v = s.get("v");
            values.computeIfAbsent(iri(s, "a"), k -> new TreeSet<>()).add(v.isURIResource() ? v.asResource().getURI() : v.asLiteral().getLexicalForm());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private static String iri(QuerySolution s, String var) {
        return s.contains(var) && s.get(var).isURIResource() ? s.getResource(var).getURI() : null;
    }

    private static String text(QuerySolution s, String var) {
        return s.contains(var) && s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : null;
    }
}
