package org.w3id.aperture.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.UpstreamCells;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.query.NamedQuery;

/**
 * The named queries of the comparison give the answers worked out here: from the raw Turtle of the
 * sources (RawSources, no rule applied), the comparisons and levels of ExpectedComparisons, and the
 * authors' upstream files read as YAML.
 */
class ComparisonQueriesTest {
    static final String BASE = RawSources.BASE;
    static final String AP = RawSources.AP;

    static DatasetGraph graph;
    static NamedQueries queries;
    static RawSources raw;

    @BeforeAll
    static void load() {
        graph = Fixtures.graph();
        queries = NamedQueries.load(Fixtures.home().queries());
        raw = RawSources.read();
    }

    static List<QuerySolution> run(String name) {
        NamedQuery q = queries.get(name).orElseThrow(() -> new AssertionError("no query " + name));
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(graph)).query(q.query()).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }

    static String ruleLabel(String rule) {
        return raw.label(raw.res("alignment-rule/" + rule.substring((BASE + "alignment-rule/").length())));
    }

    @Test
    void ratedByEveryFramework() {
        Map<Resource, Map<String, Set<String>>> entries = new TreeMap<>((x, y) -> x.getURI().compareTo(y.getURI()));
        Map<Resource, Map<String, Boolean>> close = new TreeMap<>((x, y) -> x.getURI().compareTo(y.getURI()));
        for (RawSources.Mapping m : raw.mappings()) {
            for (Resource model : List.of(m.source(), m.target())) {
                Resource record = m.other(model);
                String kind = RawSources.kind(record);
                if (!RawSources.kind(model).equals("model") || kind.equals("model")) {
                    continue;
                }
                entries.computeIfAbsent(model, k -> new TreeMap<>()).computeIfAbsent(kind, k -> new TreeSet<>())
                        .add(raw.label(record) + " (" + ruleLabel(m.rule()) + ")");
                close.computeIfAbsent(model, k -> new TreeMap<>()).merge(kind, m.likeForLike(), Boolean::logicalOr);
            }
        }
        Map<String, String> expected = new TreeMap<>();
        entries.forEach((model, byKind) -> {
            if (byKind.keySet().containsAll(List.of("mot", "osai", "ouc"))) {
                long likeForLike = close.get(model).values().stream().filter(b -> b).count();
                expected.put(raw.label(model), likeForLike + " | " + byKind.get("mot") + " | " + byKind.get("osai") + " | " + byKind.get("ouc"));
            }
        });
        Map<String, String> actual = new TreeMap<>();
        run("rated-by-every-framework").forEach(r -> actual.put(str(r, "modelLabel"), str(r, "likeForLikeFrameworks") + " | "
                + split(str(r, "motRecords")) + " | " + split(str(r, "osaiRecords")) + " | " + split(str(r, "oucRecords"))));
        assertEquals(expected, actual);
        assertTrue(actual.get("Command R").startsWith("2 | "), "Command R: the same release in MOT and OUC");
    }

    static Set<String> split(String joined) {
        return new TreeSet<>(List.of(joined.split("; ")));
    }

    @Test
    void frameworkDisagreements() {
        Set<String> expected = ExpectedComparisons.comparisons(raw).stream().filter(c -> c.verdict().equals("disagree"))
                .map(c -> c.iri() + " " + c.a().tier() + " " + c.b().tier()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = run("framework-disagreements").stream()
                .map(r -> str(r, "comparison") + " " + str(r, "firstTier").replace(' ', '-') + " " + str(r, "secondTier").replace(' ', '-'))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
        QuerySolution grok = run("framework-disagreements").stream()
                .filter(r -> str(r, "comparison").equals(BASE + "comparison/model-grok-1--mot-grok-1/weights")).findFirst().orElseThrow();
        assertEquals("D2", str(grok, "firstValue"));
        assertEquals("open license of another content type: Apache-2.0", str(grok, "secondValue"));
        assertEquals("one tier apart", str(grok, "rule"));
    }

    @Test
    void mofClassOfThePapersModels() {
        Set<String> expected = new TreeSet<>();
        Set<Resource> models = raw.model.listSubjectsWithProperty(RDF.type, raw.model.createResource(AP + "Model")).toSet();
        for (Resource model : models) {
            boolean any = false;
            for (RawSources.Mapping m : raw.mappings()) {
                Resource mot = m.other(model);
                if ((m.source().equals(model) || m.target().equals(model)) && RawSources.kind(mot).equals("mot")) {
                    any = true;
                    int cls = mot.getRequiredProperty(raw.ap("mofClassComputed")).getInt();
                    Map<Integer, String> progress = new TreeMap<>();
                    mot.listProperties(raw.ap("mofProgress")).forEach(s -> progress.put(
                            s.getResource().getRequiredProperty(raw.ap("mofClassNumber")).getInt(),
                            s.getResource().getRequiredProperty(raw.ap("percent")).getLiteral().getLexicalForm()));
                    expected.add(raw.label(model) + " | " + ruleLabel(m.rule()) + " | " + raw.label(mot) + " | "
                            + (cls == 0 ? "unclassified" : "Class " + "I".repeat(cls == 3 ? 3 : cls == 2 ? 2 : 1))
                            + " | " + progress.get(3) + " " + progress.get(2) + " " + progress.get(1));
                }
            }
            if (!any) {
                expected.add(raw.label(model) + " |  |  |  |   ");
            }
        }
        List<QuerySolution> rows = run("mof-class-of-paper-models");
        Set<String> actual = rows.stream().map(r -> str(r, "modelLabel") + " | " + str(r, "link") + " | " + str(r, "motLabel") + " | "
                + str(r, "mofClass") + " | " + str(r, "progressIII") + " " + str(r, "progressII") + " " + str(r, "progressI"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(45, models.size());
        assertEquals(45, rows.stream().map(r -> str(r, "model")).distinct().count(), "every one of the 45 models has a row");
        assertEquals(expected, actual);
        assertTrue(actual.contains("GPT-NeoX-20B | same release | GPT-NeoX-20B | Class III | 100.0 90.0 0.0"), actual.toString());
    }

    @Test
    void openWeightsClosedTrainingDataByOsai() {
        Set<String> expected = new TreeSet<>();
        raw.model.listSubjectsWithProperty(RDF.type, raw.model.createResource(AP + "OsaiRecord")).forEach(r -> {
            if ("open".equals(osaiClass(r, "end-model-weights")) && "closed".equals(osaiClass(r, "base-model-data"))) {
                expected.add(raw.label(r) + " " + osaiClass(r, "base-model-weights") + " " + osaiClass(r, "end-model-data"));
            }
        });
        Set<String> actual = run("open-weights-closed-training-data-by-osai").stream()
                .map(r -> str(r, "recordLabel") + " " + str(r, "baseModelWeights") + " " + str(r, "endModelData"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
    }

    static String osaiClass(Resource record, String dimension) {
        return raw.assessment(record, raw.res("eosai/" + dimension))
                .map(a -> a.getPropertyResourceValue(raw.ap("opennessClass")))
                .map(c -> raw.suffix(c, "osai-class")).orElse(null);
    }

    @Test
    void opennessByYearAcrossSources() {
        Map<String, double[]> sums = new TreeMap<>();
        Map<String, Map<String, String>> byModel = new TreeMap<>();
        Map<String, String> years = new TreeMap<>();
        for (UpstreamCells.Cell c : UpstreamCells.read(Fixtures.UPSTREAM)) {
            byModel.computeIfAbsent(c.title(), t -> new TreeMap<>()).put(c.key(), c.value());
            years.put(c.title(), c.year());
        }
        byModel.forEach((title, cells) -> {
            long rated = cells.values().stream().filter(v -> v.matches("[1-5]")).count();
            if (rated == 0) {
                return;
            }
            long open = cells.values().stream().filter(v -> v.equals("5")).count();
            long released = cells.values().stream().filter(v -> v.matches("[2-5]")).count();
            add(sums, years.get(title) + " the paper's authors", (double) open / rated, (double) released / rated,
                    cells.get("deployment.data.weights").equals("5"));
        });
        raw.model.listSubjectsWithProperty(RDF.type, raw.model.createResource(AP + "OsaiRecord")).forEach(r -> {
            Statement issued = r.getProperty(raw.property("http://purl.org/dc/terms/issued"));
            if (issued == null) {
                return;
            }
            List<String> classes = new ArrayList<>();
            raw.model.listSubjectsWithProperty(raw.ap("ratedRecord"), r).forEach(a -> classes.add(raw.suffix(a.getPropertyResourceValue(raw.ap("opennessClass")), "osai-class")));
            classes.remove("not-applicable");
            add(sums, issued.getLiteral().getLexicalForm().substring(0, 4) + " European Open Source AI Index",
                    classes.stream().filter("open"::equals).count() / (double) classes.size(),
                    classes.stream().filter(c -> !c.equals("closed")).count() / (double) classes.size(),
                    "open".equals(osaiClass(r, "end-model-weights")));
        });
        Map<String, String> expected = new TreeMap<>();
        sums.forEach((key, s) -> {
            int year = Integer.parseInt(key.substring(0, 4));
            if (year >= 2019 && year <= 2026) {
                expected.put(key, (int) s[0] + " " + pct(s[1] / s[0]) + " " + pct(s[2] / s[0]) + " " + (int) s[3]);
            }
        });
        Map<String, String> actual = new TreeMap<>();
        run("openness-by-year-across-sources").forEach(r -> actual.put(str(r, "year") + " " + str(r, "source"), str(r, "models") + " "
                + pct(Double.parseDouble(str(r, "openPercent")) / 100) + " " + pct(Double.parseDouble(str(r, "releasedPercent")) / 100)
                + " " + str(r, "weightsOpen")));
        assertEquals(expected, actual);
        assertTrue(actual.containsKey("2026 European Open Source AI Index") && actual.containsKey("2019 the paper's authors"));
    }

    private static void add(Map<String, double[]> sums, String key, double open, double released, boolean weightsOpen) {
        double[] s = sums.computeIfAbsent(key, k -> new double[4]);
        s[0]++;
        s[1] += open;
        s[2] += released;
        s[3] += weightsOpen ? 1 : 0;
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f", Math.round(share * 1000) / 10.0);
    }

    @Test
    void newestModelsByFramework() {
        Map<String, String> expected = new TreeMap<>();
        raw.model.listSubjectsWithProperty(RDF.type, raw.model.createResource(AP + "OsaiRecord")).forEach(r -> {
            Statement issued = r.getProperty(raw.property("http://purl.org/dc/terms/issued"));
            if (issued == null || !issued.getLiteral().getLexicalForm().matches("202[56].*")) {
                return;
            }
            Map<String, Integer> count = new TreeMap<>();
            raw.model.listSubjectsWithProperty(raw.ap("ratedRecord"), r).forEach(a -> count.merge(raw.suffix(a.getPropertyResourceValue(raw.ap("opennessClass")), "osai-class"), 1, Integer::sum));
            Set<String> mots = new TreeSet<>();
            for (RawSources.Mapping m : raw.mappings()) {
                if (m.likeForLike() && (m.source().equals(r) || m.target().equals(r)) && RawSources.kind(m.other(r)).equals("mot")) {
                    mots.add(raw.label(m.other(r)));
                }
            }
            expected.put(raw.label(r), issued.getLiteral().getLexicalForm() + " " + count.getOrDefault("open", 0) + " "
                    + count.getOrDefault("partial", 0) + " " + count.getOrDefault("closed", 0) + " " + mots);
        });
        Map<String, String> actual = new TreeMap<>();
        run("newest-models-by-framework").forEach(r -> {
            Set<String> mots = new TreeSet<>();
            for (String entry : str(r, "motRecords").split("; ")) {
                if (!entry.isEmpty()) {
                    mots.add(entry.substring(0, entry.indexOf(": MOF ")));
                }
            }
            actual.put(str(r, "recordLabel"), str(r, "issued") + " " + str(r, "osaiOpen") + " " + str(r, "osaiPartial") + " "
                    + str(r, "osaiClosed") + " " + mots);
        });
        assertEquals(expected, actual);
        String gptOss = run("newest-models-by-framework").stream().filter(r -> str(r, "recordLabel").equals("GPT OSS"))
                .map(r -> str(r, "motRecords")).findFirst().orElseThrow();
        assertTrue(gptOss.contains("gpt-oss-120b: MOF unclassified, 83% of class III, final parameters D5"), gptOss);
    }

    @Test
    void paperRuleLevelsVersusTheAuthors() {
        Set<String> expected = ExpectedComparisons.cells(raw).stream()
                .map(c -> raw.label(c.model()) + " | " + raw.label(c.mot()) + " | " + c.component() + " | " + c.match() + " | "
                        + c.authors() + " " + c.derived() + " " + c.equal())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = run("paper-rule-levels-versus-authors").stream()
                .map(r -> str(r, "modelLabel") + " | " + str(r, "motLabel") + " | " + str(r, "component").replace('.', '-') + " | "
                        + str(r, "crosswalk") + " | " + str(r, "authorsLevel") + " " + str(r, "derivedLevel") + " " + str(r, "equal"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
        assertTrue(actual.contains("Grok-1 | Grok-1 | deployment-data-weights | narrowMatch | D2 D5 false"), actual.toString());
    }

    @Test
    void paperRuleLevelAgreement() {
        Map<String, int[]> expected = new TreeMap<>();
        for (ExpectedComparisons.Cell c : ExpectedComparisons.cells(raw)) {
            String mof = raw.label(raw.res("mof/" + c.mofComponent()));
            for (String key : List.of(mof + " " + c.match(), "all any")) {
                int[] n = expected.computeIfAbsent(key, k -> new int[2]);
                n[0]++;
                n[1] += c.equal() ? 1 : 0;
            }
        }
        Map<String, String> exp = new TreeMap<>();
        expected.forEach((k, n) -> exp.put(k, n[0] + " " + n[1] + " " + pct((double) n[1] / n[0])));
        Map<String, String> actual = new TreeMap<>();
        run("paper-rule-level-agreement").forEach(r -> actual.put(str(r, "mofComponent") + " " + str(r, "crosswalk"),
                str(r, "cells") + " " + str(r, "equal") + " " + pct(Double.parseDouble(str(r, "percentEqual")) / 100)));
        assertEquals(exp, actual);
    }

    @Test
    void comparisonCounts() {
        Map<String, int[]> counts = new TreeMap<>();
        for (ExpectedComparisons.Comparison c : ExpectedComparisons.comparisons(raw)) {
            int column = c.verdict().equals("agree") ? 1 : c.verdict().equals("disagree") ? 2 : 3;
            for (String axis : List.of(c.axis(), "all")) {
                int[] n = counts.computeIfAbsent(c.frameworks() + " " + axis, k -> new int[4]);
                n[0]++;
                n[column]++;
            }
        }
        Map<String, String> expected = new TreeMap<>();
        counts.forEach((k, n) -> expected.put(k, n[0] + " " + n[1] + " " + n[2] + " " + n[3]));
        Map<String, String> actual = new TreeMap<>();
        run("comparison-counts").forEach(r -> actual.put(str(r, "frameworks") + " " + str(r, "axis"),
                str(r, "pairs") + " " + str(r, "agree") + " " + str(r, "disagree") + " " + str(r, "cannotCompare")));
        assertEquals(expected, actual);
        assertEquals(Set.of("paper-mof", "paper-eosai", "paper-ouc", "mof-eosai"),
                actual.keySet().stream().map(k -> k.split(" ")[0]).collect(Collectors.toSet()));
    }
}
