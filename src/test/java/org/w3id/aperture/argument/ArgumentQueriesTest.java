package org.w3id.aperture.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.query.ARQ;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.UpstreamCells;
import org.w3id.aperture.UpstreamCells.Cell;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.query.NamedQuery;

/**
 * Every named query of issue 4 runs and gives the answer computed here independently: from the
 * authors' upstream files (read as plain YAML), and from the raw Turtle of the curated files read
 * with the Jena model API, without the derivation rules and without the query's own SPARQL.
 */
class ArgumentQueriesTest {
    static final String AP = "https://w3id.org/aperture#";
    static final String BASE = "https://w3id.org/aperture/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    static DatasetGraph graph;
    static NamedQueries queries;
    static List<Cell> cells;
    /** The raw curated data (no rules applied): argument, crosswalks, curated, licenses. */
    static Model raw;

    @BeforeAll
    static void load() throws Exception {
        graph = Fixtures.graph();
        queries = NamedQueries.load(Fixtures.home().queries());
        cells = UpstreamCells.read(Fixtures.UPSTREAM);
        raw = ModelFactory.createDefaultModel();
        for (String dir : List.of("data/argument", "data/crosswalks", "data/curated")) {
            try (Stream<Path> files = Files.list(Fixtures.ROOT.resolve(dir))) {
                files.filter(p -> p.toString().endsWith(".ttl")).forEach(p -> RDFDataMgr.read(raw, p.toString()));
            }
        }
        RDFDataMgr.read(raw, Fixtures.ROOT.resolve("data/licenses.ttl").toString());
    }

    static List<QuerySolution> run(String name) {
        NamedQuery q = queries.get(name).orElseThrow(() -> new AssertionError("no query " + name));
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(graph)).query(q.query()).build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }

    static double num(QuerySolution row, String var) {
        return row.getLiteral(var).getDouble();
    }

    static Property ap(String local) {
        return raw.createProperty(AP + local);
    }

    static Resource res(String path) {
        return raw.createResource(BASE + path);
    }

    // ---- the cells, independently ---------------------------------------------------------------

    static int rank(String value) {
        return value.matches("[1-5]") ? Integer.parseInt(value) : 0;
    }

    static Map<String, Map<String, String>> byModel(Predicate<Cell> filter) {
        Map<String, Map<String, String>> m = new TreeMap<>();
        cells.stream().filter(filter).forEach(c -> m.computeIfAbsent(c.title(), t -> new TreeMap<>()).put(c.key(), c.value()));
        return m;
    }

    static long released(Map<String, String> model) {
        return model.values().stream().filter(v -> rank(v) >= 2).count();
    }

    static long fullyOpen(Map<String, String> model) {
        return model.values().stream().filter(v -> rank(v) == 5).count();
    }

    /** Developer labels per model title, read from the raw curated data and the model files' labels. */
    static Map<String, Set<String>> developersByTitle() {
        Model models = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(Fixtures.ROOT.resolve("data/models"))) {
            files.forEach(p -> RDFDataMgr.read(models, p.toString()));
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
        RDFDataMgr.read(models, Fixtures.ROOT.resolve("data/organizations.ttl").toString());
        Map<String, Set<String>> out = new TreeMap<>();
        raw.listStatements(null, ap("developer"), (RDFNode) null).forEach(s -> {
            String title = models.getRequiredProperty(s.getSubject(), RDFS.label).getString();
            String dev = models.getRequiredProperty(s.getObject().asResource(), RDFS.label).getString();
            out.computeIfAbsent(title, t -> new TreeSet<>()).add(dev);
        });
        return out;
    }

    // ---- the MOF logic, independently: groups of our components per MOF component ---------------

    /** MOF component -> (class number, components of this taxonomy that map to it). */
    static final Map<String, Map.Entry<Integer, List<String>>> MOF = new LinkedHashMap<>();
    static {
        MOF.put("Model architecture", Map.entry(3, List.of("deployment.data.weights")));
        MOF.put("Model parameters (Final)", Map.entry(3, List.of("deployment.data.weights")));
        MOF.put("Training code", Map.entry(2, List.of("training.code.pretraining", "training.code.finetuning", "training.code.alignment")));
        MOF.put("Inference code", Map.entry(2, List.of("deployment.code.inference")));
        MOF.put("Evaluation code", Map.entry(2, List.of("evaluation.code.general", "evaluation.code.safety")));
        MOF.put("Evaluation data", Map.entry(2, List.of("evaluation.data.utility", "evaluation.data.safety")));
        MOF.put("Datasets", Map.entry(1, List.of("training.data.pretraining", "training.data.sft", "training.data.alignment")));
    }

    static boolean covers(Map<String, String> model, List<String> keys) {
        boolean any = false;
        for (String k : keys) {
            String v = model.get(k);
            if (v.equals("N/A")) {
                continue;
            }
            if (rank(v) < 4) {
                return false;
            }
            any = true;
        }
        return any;
    }

    static List<String> gaps(Map<String, String> model) {
        return MOF.entrySet().stream().filter(e -> !covers(model, e.getValue().getValue())).map(Map.Entry::getKey).toList();
    }

    static String mofClass(Map<String, String> model) {
        List<String> gaps = gaps(model);
        int best = 0;
        for (int n = 3; n >= 1; n--) {
            final int k = n;
            if (gaps.stream().anyMatch(g -> MOF.get(g).getKey() >= k)) {
                break;
            }
            best = n;
        }
        return best == 0 ? "none" : "I".repeat(best == 3 ? 3 : best == 2 ? 2 : 1);
    }

    // ---- tests ------------------------------------------------------------------------------------

    @Test
    void atLeastTwentyQueriesAndAllButTheFederatedOneRun() {
        assertTrue(queries.names().size() >= 20, "queries: " + queries.names());
        for (String name : queries.names()) {
            if (name.equals("wikidata-items-by-arxiv-id")) {
                continue;
            }
            if (queries.get(name).orElseThrow().query().isSelectType()) {
                run(name);
            }
        }
    }

    @Test
    void opennessByDeveloper() {
        Map<String, Map<String, String>> models = byModel(c -> true);
        Map<String, List<Long>> expected = new TreeMap<>();
        developersByTitle().forEach((title, devs) -> devs.forEach(d -> expected.computeIfAbsent(d, x -> new ArrayList<>()).add(released(models.get(title)))));
        List<QuerySolution> rows = run("openness-by-developer");
        assertEquals(expected.size(), rows.size());
        for (QuerySolution r : rows) {
            List<Long> values = expected.get(str(r, "developerLabel"));
            assertEquals(values.size(), r.getLiteral("models").getInt(), str(r, "developerLabel"));
            assertEquals(values.stream().mapToLong(x -> x).average().orElseThrow(), num(r, "avgReleased"), 1e-9);
        }
        double top = expected.values().stream().mapToDouble(l -> l.stream().mapToLong(x -> x).average().orElseThrow()).max().orElseThrow();
        assertEquals(top, num(rows.get(0), "avgReleased"), 1e-9, "ordered by average released, descending");
    }

    @Test
    void opennessTrendByYear() {
        Map<String, List<Long>> expected = new TreeMap<>();
        Map<String, String> yearOf = new HashMap<>();
        cells.forEach(c -> yearOf.put(c.title(), c.year()));
        byModel(c -> true).forEach((t, m) -> expected.computeIfAbsent(yearOf.get(t), y -> new ArrayList<>()).add(fullyOpen(m)));
        List<QuerySolution> rows = run("openness-trend-by-year");
        assertEquals(new ArrayList<>(expected.keySet()), rows.stream().map(r -> str(r, "year")).toList());
        for (QuerySolution r : rows) {
            List<Long> v = expected.get(str(r, "year"));
            assertEquals(v.size(), r.getLiteral("models").getInt());
            assertEquals(v.stream().mapToLong(x -> x).average().orElseThrow(), num(r, "avgFullyOpen"), 1e-9);
        }
    }

    static Set<String> linkFromsTo(String linkClass, Predicate<Resource> to) {
        Set<String> out = new TreeSet<>();
        raw.listSubjectsWithProperty(RDF.type, raw.createResource(AP + linkClass)).forEach(l -> {
            if (to.test(l.getPropertyResourceValue(ap("linkTo")))) {
                out.add(l.getPropertyResourceValue(ap("linkFrom")).getURI());
            }
        });
        return out;
    }

    static boolean isA(Resource r, String cls) {
        return raw.contains(r, RDF.type, raw.createResource(AP + cls));
    }

    @Test
    void risksOfOpenWeightsAndTheirMitigations() {
        Resource weights = res("component/deployment-data-weights");
        Set<String> risks = new TreeSet<>(linkFromsTo("Dependency", weights::equals));
        risks.removeIf(r -> !isA(raw.createResource(r), "Risk"));
        List<QuerySolution> rows = run("risks-of-open-weights");
        assertEquals(risks, rows.stream().map(r -> str(r, "risk")).collect(Collectors.toCollection(TreeSet::new)));
        Set<String> misuseMitigations = linkFromsTo("RiskAddressing", res("risk/misuse-by-malicious-actors")::equals);
        misuseMitigations.removeIf(m -> !isA(raw.createResource(m), "Mitigation"));
        assertEquals(misuseMitigations, rows.stream().filter(r -> str(r, "risk").endsWith("/misuse-by-malicious-actors"))
                .map(r -> str(r, "mitigation")).collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(risks.contains(BASE + "risk/uncontrollable-dissemination"));
    }

    @Test
    void risksWithoutMitigation() {
        Set<String> all = new TreeSet<>();
        raw.listSubjectsWithProperty(RDF.type, raw.createResource(AP + "Risk")).forEach(r -> all.add(r.getURI()));
        Set<String> addressed = new HashSet<>();
        raw.listSubjectsWithProperty(RDF.type, raw.createResource(AP + "RiskAddressing"))
                .forEach(l -> addressed.add(l.getPropertyResourceValue(ap("linkTo")).getURI()));
        all.removeAll(addressed);
        assertEquals(all, run("risks-without-mitigation").stream().map(r -> str(r, "risk")).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void componentsNeverFullyOpen() {
        Map<String, Long> releasing = new TreeMap<>();
        Set<String> everOpen = new HashSet<>();
        for (Cell c : cells) {
            releasing.merge(c.key(), rank(c.value()) >= 2 ? 1L : 0L, Long::sum);
            if (rank(c.value()) == 5) {
                everOpen.add(c.key());
            }
        }
        releasing.keySet().removeAll(everOpen);
        Map<String, Long> actual = new TreeMap<>();
        run("components-never-fully-open").forEach(r -> actual.put(str(r, "componentKey"), r.getLiteral("modelsReleasing").getLong()));
        assertEquals(releasing, actual);
    }

    @Test
    void paperVersusMof() {
        Map<String, Map<String, String>> models = byModel(c -> true);
        List<QuerySolution> rows = run("paper-versus-mof");
        assertEquals(models.size(), rows.size());
        for (QuerySolution r : rows) {
            Map<String, String> m = models.get(str(r, "modelLabel"));
            assertEquals(mofClass(m), str(r, "mofClass"), str(r, "modelLabel"));
            assertEquals(released(m), r.getLiteral("released").getLong());
            List<String> gaps = gaps(m);
            // weights stand for two MOF components, architecture and final parameters
            String gapText = str(r, "mofGaps");
            Set<String> actualGaps = gapText == null || gapText.isEmpty() ? Set.of() : new TreeSet<>(List.of(gapText.split(", ")));
            assertEquals(new TreeSet<>(gaps), actualGaps, str(r, "modelLabel"));
        }
        assertEquals("III", rows.stream().filter(r -> str(r, "modelLabel").equals("Falcon")).findFirst().map(r -> str(r, "mofClass")).orElseThrow());
        assertEquals("none", rows.stream().filter(r -> str(r, "modelLabel").equals("LLaMA-2")).findFirst().map(r -> str(r, "mofClass")).orElseThrow());
    }

    @Test
    void openButFarFromMofClassI() {
        Set<String> expected = new TreeSet<>();
        byModel(c -> true).forEach((t, m) -> {
            if (released(m) >= 6 && gaps(m).size() >= 2) {
                expected.add(t);
            }
        });
        assertEquals(expected, run("open-but-far-from-mof-class-i").stream().map(r -> str(r, "modelLabel")).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void weightsAndTrainingDataFullyOpen() {
        Set<String> expected = new TreeSet<>();
        byModel(c -> true).forEach((t, m) -> {
            if (m.get("deployment.data.weights").equals("5") && m.get("training.data.pretraining").equals("5")) {
                expected.add(t);
            }
        });
        assertEquals(expected, run("weights-and-training-data-fully-open").stream().map(r -> str(r, "modelLabel")).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void paperObservationsChecked() {
        Map<String, Map<String, String>> paper = byModel(Cell::inPaper);
        int comparable = 0;
        int more = 0;
        for (Map<String, String> m : paper.values()) {
            int w = rank(m.get("deployment.data.weights"));
            int d = rank(m.get("training.data.pretraining"));
            if (w < 2 || d == 0) {
                continue;
            }
            comparable++;
            int s = Math.max(1, rank(m.get("evaluation.data.safety")));
            if (w > d && w > s) {
                more++;
            }
        }
        Map<String, double[]> sums = new TreeMap<>();
        cells.stream().filter(Cell::inPaper).filter(c -> rank(c.value()) > 0).forEach(c -> {
            double[] a = sums.computeIfAbsent(c.key(), k -> new double[2]);
            a[0] += rank(c.value());
            a[1]++;
        });
        List<String> leastTwo = sums.entrySet().stream()
                .sorted(java.util.Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> e.getValue()[0] / e.getValue()[1]).thenComparing(Map.Entry::getKey))
                .limit(2).map(Map.Entry::getKey).toList();

        Map<String, QuerySolution> rows = new HashMap<>();
        run("paper-observations-checked").forEach(r -> rows.put(str(r, "claim"), r));
        assertEquals(4, rows.size());
        QuerySolution forty = rows.get(BASE + "claim/taxonomy-applied-to-40-llms");
        assertEquals(paper.size() == 40, forty.getLiteral("holds").getBoolean());
        assertTrue(str(forty, "evidence").startsWith(paper.size() + " models"));
        QuerySolution weights = rows.get(BASE + "claim/weights-more-open-than-training-data-and-safety-evaluation");
        assertTrue(str(weights, "evidence").startsWith(more + " of " + comparable + " "), str(weights, "evidence"));
        assertEquals(2 * more > comparable, weights.getLiteral("holds").getBoolean());
        QuerySolution least = rows.get(BASE + "claim/training-data-and-safety-evaluation-least-open");
        assertEquals("least open by mean rank: " + String.join(", ", leastTwo), str(least, "evidence"));
        boolean expectedHolds = leastTwo.stream().anyMatch(k -> k.startsWith("training.data")) && leastTwo.contains("evaluation.data.safety");
        assertEquals(expectedHolds, least.getLiteral("holds").getBoolean());
        QuerySolution leaderboard = rows.get(BASE + "claim/open-models-trail-closed-on-leaderboards");
        assertEquals("not checkable with this graph", str(leaderboard, "evidence"));
        assertFalse(leaderboard.contains("holds"));
    }

    @Test
    void argumentProvenance() {
        Map<String, String> kindOf = new TreeMap<>();
        for (String c : List.of("ArgumentStatement", "Thesis", "Benefit", "Risk", "Mitigation", "Recommendation", "Regulation", "Claim", "Dependency", "RiskAddressing")) {
            raw.listSubjectsWithProperty(RDF.type, raw.createResource(AP + c)).forEach(s -> kindOf.put(s.getURI(), c));
        }
        List<QuerySolution> rows = run("argument-provenance");
        assertEquals(kindOf.keySet(), rows.stream().map(r -> str(r, "statement")).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(kindOf.size(), rows.size(), "one row per statement");
        for (QuerySolution r : rows) {
            Resource s = raw.createResource(str(r, "statement"));
            assertEquals(kindOf.get(s.getURI()), str(r, "kind"), "the statement's own type, not a superclass");
            boolean stated = s.getPropertyResourceValue(ap("supportKind")).getURI().endsWith("/stated-in-paper");
            assertEquals(stated, !str(r, "section").isEmpty(), str(r, "statement"));
            Statement quote = s.getProperty(ap("quotedPassage"));
            assertEquals(quote == null ? "" : quote.getString(), str(r, "quote"), str(r, "statement"));
            if (stated) {
                assertFalse(str(r, "quote").isEmpty(), "stated in the paper and quoted: " + str(r, "statement"));
            }
        }
        Map<String, String> support = new TreeMap<>();
        rows.forEach(r -> support.put(str(r, "statement").substring(BASE.length()), str(r, "support")));
        assertEquals("stated in the paper", support.get("thesis/regulation-must-not-put-open-source-at-risk"));
        assertEquals("editorial link made here", support.get("recommendation/technical-and-scientific-contributions"));
        assertEquals("ArgumentStatement", rows.stream().filter(r -> str(r, "statement").endsWith("/appendix-b1-review"))
                .findFirst().map(r -> str(r, "kind")).orElseThrow());
        assertFalse(support.containsKey("benefit/lower-cost-of-access"));
    }

    @Test
    void modelToSourceWalk() {
        Map<String, Map<String, String>> byTitle = byModel(c -> true);
        List<QuerySolution> rows = run("model-to-source-walk");
        assertFalse(rows.isEmpty());
        // every row's component is open (4 or 5) for its model, checked against the upstream cell
        assertTrue(rows.stream().anyMatch(r -> str(r, "model").equals(BASE + "model/falcon")
                && str(r, "component").equals(BASE + "component/deployment-data-weights")
                && str(r, "risk").equals(BASE + "risk/misuse-by-malicious-actors")
                && BASE.concat("mitigation/staged-release").equals(str(r, "mitigation"))
                && BASE.concat("nist/information-security").equals(str(r, "nist"))
                && BASE.concat("mit-risk/4-malicious-actors-and-misuse").equals(str(r, "mit"))
                && str(r, "riskSource").equals(BASE + "source/summary-emergentmind")));
        String falconWeights = byTitle.get("Falcon").get("deployment.data.weights");
        assertTrue(rank(falconWeights) >= 4);
        // LLaMA-2's weights are D3: no row may start from them
        assertTrue(rank(byTitle.get("LLaMA-2").get("deployment.data.weights")) < 4);
        assertTrue(rows.stream().noneMatch(r -> str(r, "model").equals(BASE + "model/llama-2")
                && str(r, "component").equals(BASE + "component/deployment-data-weights")));
    }

    @Test
    void nistRiskCoverage() {
        Map<String, Set<String>> expected = new TreeMap<>();
        Property close = raw.createProperty(SKOS + "closeMatch");
        Property broad = raw.createProperty(SKOS + "broadMatch");
        for (Property p : List.of(close, broad)) {
            raw.listStatements(null, p, (RDFNode) null).forEach(s -> {
                String o = s.getObject().asResource().getURI();
                if (o.startsWith(BASE + "nist/") && isA(s.getSubject(), "Risk")) {
                    expected.computeIfAbsent(o, k -> new TreeSet<>()).add(s.getSubject().getProperty(raw.createProperty(SKOS + "prefLabel")).getString());
                }
            });
        }
        List<QuerySolution> rows = run("nist-risk-coverage");
        assertEquals(12, rows.size());
        assertEquals("2.1", str(rows.get(0), "notation"));
        assertEquals("2.12", str(rows.get(11), "notation"));
        for (QuerySolution r : rows) {
            String text = str(r, "argumentRisks");
            Set<String> actual = text == null || text.isEmpty() ? Set.of() : new TreeSet<>(List.of(text.split(", ")));
            assertEquals(expected.getOrDefault(str(r, "nistRisk"), Set.of()), actual, str(r, "nistRisk"));
        }
    }

    @Test
    void mitDomainCoverage() {
        Map<String, Set<String>> byDomain = new TreeMap<>();
        Property notation = raw.createProperty(SKOS + "notation");
        for (String p : List.of("closeMatch", "broadMatch")) {
            raw.listStatements(null, raw.createProperty(SKOS + p), (RDFNode) null).forEach(s -> {
                Resource o = s.getObject().asResource();
                if (o.getURI().startsWith(BASE + "mit-risk/") && isA(s.getSubject(), "Risk")) {
                    String domain = o.getProperty(notation).getString().substring(0, 1);
                    byDomain.computeIfAbsent(domain, k -> new TreeSet<>()).add(s.getSubject().getURI());
                }
            });
        }
        List<QuerySolution> rows = run("mit-domain-coverage");
        assertEquals(7, rows.size());
        for (QuerySolution r : rows) {
            assertEquals(byDomain.getOrDefault(str(r, "notation"), Set.of()).size(), r.getLiteral("risks").getInt(), str(r, "notation"));
        }
    }

    @Test
    void licenseRestrictions() {
        Map<String, Set<String>> typesByText = new HashMap<>();
        raw.listStatements(null, ap("hasRestriction"), (RDFNode) null).forEach(s -> {
            String text = s.getSubject().getProperty(ap("asWritten")).getString();
            String type = s.getObject().asResource().getPropertyResourceValue(ap("restrictionType")).getProperty(raw.createProperty(SKOS + "prefLabel")).getString();
            typesByText.computeIfAbsent(text, k -> new TreeSet<>()).add(type);
        });
        Set<String> expected = new TreeSet<>();
        cells.stream().filter(c -> c.license() != null && rank(c.value()) >= 2 && typesByText.containsKey(c.license()))
                .forEach(c -> typesByText.get(c.license()).forEach(t -> expected.add(c.title() + " | " + c.license() + " | " + t)));
        Set<String> actual = run("license-restrictions").stream()
                .map(r -> str(r, "modelLabel") + " | " + str(r, "license") + " | " + str(r, "restrictionType")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
        assertTrue(actual.contains("LLaMA-2 | LLaMA-2 | user cap"));
    }

    @Test
    void licenseRuleAgreementByLicense() {
        Map<String, Integer> points = new HashMap<>();
        raw.listSubjectsWithProperty(RDF.type, raw.createResource(AP + "License")).forEach(l -> {
            int p = 0;
            for (String perm : List.of("permitsResearch", "permitsCommercialUse", "permitsModification", "permitsCopyrightedDerivatives", "permitsRelicensedDerivatives")) {
                p += l.getProperty(ap(perm)).getBoolean() ? 1 : 0;
            }
            points.put(l.getProperty(ap("asWritten")).getString(), p);
        });
        Map<String, int[]> expected = new TreeMap<>();
        for (Cell c : cells) {
            if (c.license() == null || !points.containsKey(c.license()) || rank(c.value()) < 2) {
                continue;
            }
            int p = points.get(c.license());
            boolean code = c.key().contains(".code.");
            int ruleRank = p <= 1 ? (code ? 2 : 3) : p <= 3 ? 3 : p;
            int[] a = expected.computeIfAbsent(c.license(), k -> new int[2]);
            a[rank(c.value()) == ruleRank ? 0 : 1]++;
        }
        Map<String, String> actual = new TreeMap<>();
        run("license-rule-agreement-by-license").forEach(r -> actual.put(str(r, "license"), str(r, "agreeing") + "/" + str(r, "disagreeing")));
        Map<String, String> exp = new TreeMap<>();
        expected.forEach((k, v) -> exp.put(k, v[0] + "/" + v[1]));
        assertEquals(exp, actual);
    }

    @Test
    void regulationByJurisdiction() {
        List<QuerySolution> rows = run("regulation-by-jurisdiction");
        assertEquals(Set.of("European Union", "United States", "China", "Middle East"),
                rows.stream().map(r -> str(r, "jurisdiction")).collect(Collectors.toSet()));
        assertEquals(raw.listSubjectsWithProperty(RDF.type, raw.createResource(AP + "Regulation")).toList().size(), rows.size());
        assertTrue(rows.stream().allMatch(r -> str(r, "support").equals("from a summary of the paper")));
    }

    @Test
    void benefitsByArea() {
        Map<String, Set<String>> expected = new TreeMap<>();
        raw.listSubjectsWithProperty(RDF.type, raw.createResource(AP + "Dependency")).forEach(d -> {
            Resource from = d.getPropertyResourceValue(ap("linkFrom"));
            if (isA(from, "Benefit")) {
                String key = d.getPropertyResourceValue(ap("linkTo")).getURI().replace(BASE + "component/", "").replace('-', '.');
                expected.computeIfAbsent(from.getURI(), k -> new TreeSet<>()).add(key);
            }
        });
        List<QuerySolution> rows = run("benefits-by-area");
        assertEquals(expected.keySet(), rows.stream().map(r -> str(r, "benefit")).collect(Collectors.toCollection(TreeSet::new)));
        for (QuerySolution r : rows) {
            assertEquals(expected.get(str(r, "benefit")), new TreeSet<>(List.of(str(r, "dependsOn").split(", "))), str(r, "benefit"));
        }
    }

    @Test
    void modelIdentifiers() {
        List<QuerySolution> rows = run("model-identifiers");
        assertEquals(45, rows.size());
        for (QuerySolution r : rows) {
            if (r.contains("arxivId")) {
                assertEquals("10.48550/arXiv." + str(r, "arxivId"), str(r, "doi"));
            } else {
                assertFalse(r.contains("doi"));
            }
        }
        QuerySolution bloom = rows.stream().filter(r -> str(r, "modelLabel").equals("BLOOM")).findFirst().orElseThrow();
        assertTrue(str(bloom, "spdxLicenses").contains("BigScience-BLOOM-RAIL-1.0"), str(bloom, "spdxLicenses"));
        QuerySolution falcon = rows.stream().filter(r -> str(r, "modelLabel").equals("Falcon")).findFirst().orElseThrow();
        assertEquals("Technology Innovation Institute (AE)", str(falcon, "developers"));
    }

    /** Every Wikidata link of the curated data, with the mapping record that says who asserted it. */
    @Test
    void identifierMappings() {
        String owl = "http://www.w3.org/2002/07/owl#";
        Set<String> expected = new TreeSet<>();
        for (String match : List.of("exactMatch", "closeMatch")) {
            raw.listStatements(null, raw.createProperty(SKOS + match), (RDFNode) null).forEach(st -> {
                String item = st.getObject().asResource().getURI();
                if (!item.startsWith("http://www.wikidata.org/entity/")) {
                    return;
                }
                List<Resource> records = raw.listSubjectsWithProperty(raw.createProperty(owl + "annotatedSource"), st.getSubject())
                        .filterKeep(m -> m.hasProperty(raw.createProperty(owl + "annotatedProperty"), st.getPredicate())
                                && m.hasProperty(raw.createProperty(owl + "annotatedTarget"), st.getObject())).toList();
                assertEquals(1, records.size(), "one mapping record for " + st);
                Resource source = records.get(0).getPropertyResourceValue(raw.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"));
                expected.add(st.getSubject().getURI() + " " + match + " " + item + " " + source.getURI());
            });
        }
        Set<String> actual = run("identifier-mappings").stream()
                .map(r -> str(r, "entity") + " " + str(r, "match") + " " + str(r, "item") + " " + str(r, "source"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
        assertEquals(12, actual.size());
        assertTrue(actual.contains(BASE + "org/meta-ai closeMatch http://www.wikidata.org/entity/Q380 " + BASE + "source/semantic-web-ai-models-wikidata-organizations"));
        assertTrue(actual.contains(BASE + "source/eiras-2024-long exactMatch http://www.wikidata.org/entity/Q135644817 " + BASE + "source/summary-acawiki"));
        assertFalse(raw.listStatements(null, raw.createProperty(owl + "sameAs"), (RDFNode) null).hasNext(), "no owl:sameAs");
    }

    @Test
    void opennessByCountry() {
        Map<String, Map<String, String>> models = byModel(c -> true);
        Map<String, String> countryOfDev = new HashMap<>();
        Model orgs = ModelFactory.createDefaultModel();
        RDFDataMgr.read(orgs, Fixtures.ROOT.resolve("data/organizations.ttl").toString());
        Property notation = raw.createProperty(SKOS + "notation");
        raw.listStatements(null, ap("country"), (RDFNode) null)
                .forEach(s -> countryOfDev.put(orgs.getRequiredProperty(s.getSubject(), RDFS.label).getString(),
                        s.getResource().getRequiredProperty(notation).getString()));
        Map<String, Set<String>> modelsByCountry = new TreeMap<>();
        developersByTitle().forEach((t, devs) -> devs.stream().filter(countryOfDev::containsKey)
                .forEach(d -> modelsByCountry.computeIfAbsent(countryOfDev.get(d), k -> new TreeSet<>()).add(t)));
        Map<String, Integer> actual = new TreeMap<>();
        run("openness-by-country").forEach(r -> actual.put(str(r, "country"), r.getLiteral("models").getInt()));
        Map<String, Integer> expected = new TreeMap<>();
        modelsByCountry.forEach((k, v) -> expected.put(k, v.size()));
        assertEquals(expected, actual);
        assertTrue(models.size() >= actual.values().stream().mapToInt(i -> i).max().orElse(0));
    }

    @Test
    void federatedQueryParsesAndIsRefusedWhereServiceIsOff() {
        NamedQuery q = queries.get("wikidata-items-by-arxiv-id").orElseThrow();
        assertTrue(q.query().toString().contains("SERVICE <https://query.wikidata.org/sparql>"));
        Context cxt = new Context();
        cxt.set(ARQ.httpServiceAllowed, false);
        org.apache.jena.query.Dataset ds = DatasetFactory.wrap(graph);
        assertThrows(RuntimeException.class, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q.query()).context(cxt).build()) {
                qe.execSelect().forEachRemaining(x -> { });
            }
        });
    }
}
