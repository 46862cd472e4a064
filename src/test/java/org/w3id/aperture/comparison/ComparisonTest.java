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
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.GraphFiles;
import org.w3id.aperture.graph.ShapesValidator;

/**
 * The comparisons and the paper-rule levels derived at load are exactly those worked out here from
 * the raw sources (ExpectedComparisons), they follow their shapes, every close crosswalk mapping
 * between the schemes compared is an axis, and the finding states the figures computed here.
 */
class ComparisonTest {
    static final String AP = RawSources.AP;
    static final String BASE = RawSources.BASE;

    static DatasetGraph graph;
    static RawSources raw;

    @BeforeAll
    static void load() {
        graph = Fixtures.graph();
        raw = RawSources.read();
    }

    static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(graph))
                .query("PREFIX ap: <" + AP + ">\n" + query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    static String local(RDFNode node, String folder) {
        return node == null ? null : node.asResource().getURI().substring((BASE + folder + "/").length());
    }

    @Test
    void everyComparisonIsTheOneWorkedOutFromTheRawSources() {
        Map<String, String> expected = new TreeMap<>();
        for (ExpectedComparisons.Comparison c : ExpectedComparisons.comparisons(raw)) {
            expected.put(c.iri(), c.rule() + " " + c.verdict() + " " + c.a().value() + " " + c.a().tier() + " " + c.b().value() + " " + c.b().tier());
        }
        Map<String, String> actual = new TreeMap<>();
        for (QuerySolution r : select("""
                SELECT ?c ?rule ?verdict ?paper ?mof ?index ?t1 ?t2 WHERE {
                  ?c a ap:Comparison ; ap:decidedBy ?rule ; ap:verdict ?verdict .
                  OPTIONAL { ?c ap:paperValue ?paper } OPTIONAL { ?c ap:mofStatus ?mof } OPTIONAL { ?c ap:indexClass ?index }
                  OPTIONAL { ?c ap:firstTier ?t1 } OPTIONAL { ?c ap:secondTier ?t2 } }""")) {
            String first = r.contains("paper") ? local(r.get("paper"), "level") : local(r.get("mof"), "mof-status");
            String second = r.contains("paper") && r.contains("mof") ? local(r.get("mof"), "mof-status") : local(r.get("index"), "osai-class");
            actual.put(r.getResource("c").getURI(), local(r.get("rule"), "comparison-rule") + " " + local(r.get("verdict"), "comparison-verdict")
                    + " " + first + " " + local(r.get("t1"), "tier") + " " + second + " " + local(r.get("t2"), "tier"));
        }
        assertEquals(expected, actual);
        Set<String> rules = expected.values().stream().map(v -> v.split(" ")[0]).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(rules.containsAll(Set.of("both-fully-open", "both-semi-open", "both-fully-closed", "one-tier-apart", "open-versus-closed", "not-a-license")),
                "the data exercise each rule but the not-applicable and unknown ones: " + rules);
        assertEquals("both-semi-open agree d3 semi-open not-open-license semi-open",
                actual.get(BASE + "comparison/model-llama-2--mot-llama-2-7b/weights"));
    }

    @Test
    void comparisonsFollowTheStatedPrecedence() {
        ExpectedComparisons.Side na = new ExpectedComparisons.Side("not-applicable", null, "not-applicable");
        ExpectedComparisons.Side unknown = new ExpectedComparisons.Side("unknown", null, "unknown");
        ExpectedComparisons.Side noLicense = new ExpectedComparisons.Side("not-a-license", null, "not-a-license");
        ExpectedComparisons.Side open = new ExpectedComparisons.Side("c5", ExpectedComparisons.OPEN, null);
        ExpectedComparisons.Side closed = new ExpectedComparisons.Side("closed", ExpectedComparisons.CLOSED, null);
        assertEquals("not-applicable", ExpectedComparisons.rule(unknown, na));
        assertEquals("unknown", ExpectedComparisons.rule(noLicense, unknown));
        assertEquals("open-versus-closed", ExpectedComparisons.rule(open, closed));
        // the rule as loaded gives the same on such sides: Unknown against not applicable is not applicable
        List<QuerySolution> rows = select("""
                SELECT ?c WHERE { ?c ap:paperValue <https://w3id.org/aperture/level/unknown> ; ap:decidedBy ?rule .
                  FILTER(?rule != <https://w3id.org/aperture/comparison-rule/unknown>) }""");
        assertTrue(rows.isEmpty(), "a comparison with the paper's Unknown decided otherwise: " + rows);
    }

    @Test
    void comparisonsAndDerivedLevelsConformToTheirShapes() {
        ShapesValidator validator = new ShapesValidator(Fixtures.home().shapes());
        Graph g = graph.getDefaultGraph();
        List<Node> nodes = new ArrayList<>();
        for (String cls : List.of("Comparison", "DerivedLevel")) {
            g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(AP + cls)).forEachRemaining(t -> nodes.add(t.getSubject()));
        }
        assertTrue(nodes.size() > 500, "comparisons and derived levels: " + nodes.size());
        assertEquals(List.of(), validator.validateNodes(g, nodes, new GraphFiles(), Fixtures.home()));

        Graph broken = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(broken::add);
        Node c = NodeFactory.createURI(BASE + "comparison/model-llama-2--mot-llama-2-7b/weights");
        Node verdict = NodeFactory.createURI(AP + "verdict");
        broken.find(c, verdict, Node.ANY).toList().forEach(broken::delete);
        broken.add(Triple.create(c, verdict, NodeFactory.createURI(BASE + "comparison-verdict/disagree")));
        List<ShapesValidator.Problem> problems = validator.validateNodes(broken, List.of(c), new GraphFiles(), Fixtures.home());
        assertTrue(problems.stream().anyMatch(p -> p.rule().startsWith("apsh:Comparison") && p.message().contains("not the one its rule")), problems.toString());
    }

    @Test
    void derivedLevelsAreThePaperRuleOnTheLicenseMotResolves() {
        Map<String, String> expected = new TreeMap<>();
        ExpectedComparisons.derivedLevels(raw).forEach(d -> expected.put(d.assessment().getURI(), d.level() + " " + d.license().getURI()));
        Map<String, String> actual = new TreeMap<>();
        select("""
                SELECT ?a ?level ?license ?label WHERE { ?a ap:paperRuleLevel ?d . ?d a ap:DerivedLevel ; ap:level ?l ; ap:license ?license ;
                  <http://www.w3.org/2000/01/rdf-schema#label> ?label . ?l <http://www.w3.org/2004/02/skos/core#notation> ?level }""")
                .forEach(r -> {
                    assertTrue(r.getLiteral("label").getString().contains("derived by Aperture (not a rating of the paper's authors)"));
                    actual.put(r.getResource("a").getURI(), r.getLiteral("level").getString() + " " + r.getResource("license").getURI());
                });
        assertEquals(expected, actual);
        assertEquals("D3 " + BASE + "license/llama-2-community-license", actual.get(BASE + "mot/llama-2-7b/model-parameters-final"));
        assertFalse(actual.containsKey(BASE + "mot/llama-2-7b/research-paper"), "only the five components get a level");
        assertFalse(actual.containsKey(BASE + "mot/deepseek-moe-16b-base/model-parameters-final"), "nothing resolves: no level");
    }

    @Test
    void everyCloseCrosswalkMappingBetweenTheComparedSchemesIsAnAxis() {
        Map<String, String> schemes = Map.of("component", "paper", "mof", "mof", "eosai", "eosai", "ouc-item", "ouc");
        Set<String> pairs = Set.of("paper-mof", "paper-eosai", "paper-ouc", "mof-eosai");
        Set<String> expected = new TreeSet<>();
        for (String match : List.of("exactMatch", "closeMatch")) {
            raw.model.listStatements(null, raw.property(RawSources.SKOS + match), (RDFNode) null).forEach(s -> {
                String from = scheme(s.getSubject(), schemes);
                String to = scheme(s.getResource(), schemes);
                if (from != null && to != null && pairs.contains(from + "-" + to)) {
                    expected.add(s.getSubject().getURI() + " " + match + " " + s.getResource().getURI());
                }
            });
        }
        expected.add(BASE + "component/deployment-data-weights narrowMatch " + BASE + "mof/model-parameters-final");
        Set<String> actual = new TreeSet<>();
        raw.model.listSubjectsWithProperty(RDF.type, raw.model.createResource(AP + "ComparisonAxis")).forEach(axis -> actual.add(
                axis.getPropertyResourceValue(raw.ap("firstConcept")).getURI() + " "
                        + axis.getPropertyResourceValue(raw.ap("crosswalkMatch")).getLocalName() + " "
                        + axis.getPropertyResourceValue(raw.ap("secondConcept")).getURI()));
        assertEquals(expected, actual);
    }

    private static String scheme(Resource concept, Map<String, String> schemes) {
        if (!concept.isURIResource() || !concept.getURI().startsWith(BASE)) {
            return null;
        }
        String path = concept.getURI().substring(BASE.length());
        return path.contains("/") ? schemes.get(path.substring(0, path.indexOf('/'))) : null;
    }

    @Test
    void theFindingStatesTheAgreementFiguresWorkedOutHere() {
        List<ExpectedComparisons.Cell> cells = ExpectedComparisons.cells(raw);
        long equal = cells.stream().filter(ExpectedComparisons.Cell::equal).count();
        List<ExpectedComparisons.Cell> oneToOne = cells.stream().filter(c -> !c.match().equals("broadMatch")).toList();
        long oneToOneEqual = oneToOne.stream().filter(ExpectedComparisons.Cell::equal).count();
        long models = cells.stream().map(ExpectedComparisons.Cell::model).distinct().count();
        long records = cells.stream().map(ExpectedComparisons.Cell::mot).distinct().count();
        String text = raw.res("finding/paper-rule-on-mot-licenses-against-the-authors")
                .getRequiredProperty(raw.property("http://purl.org/dc/terms/description")).getString();
        String label = raw.res("finding/paper-rule-on-mot-licenses-against-the-authors")
                .getRequiredProperty(RDFS.label).getString();
        assertTrue(label.contains(equal + " of " + cells.size() + " cells"), label);
        for (String figure : List.of("(" + models + " models, " + records + " records), " + cells.size() + " of the authors' cells",
                "in " + equal + " of them (" + percent(equal, cells.size()) + "%)",
                oneToOneEqual + " of " + oneToOne.size() + " (" + percent(oneToOneEqual, oneToOne.size()) + "%)",
                (equal - oneToOneEqual) + " of " + (cells.size() - oneToOne.size()))) {
            assertTrue(text.contains(figure), "the finding should say '" + figure + "': " + text);
        }
        long derived = ExpectedComparisons.derivedLevels(raw).size();
        assertTrue(text.contains(derived + " have a level"), "derived levels: " + derived);
    }

    static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
    }
}
