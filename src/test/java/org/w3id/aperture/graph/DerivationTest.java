package org.w3id.aperture.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;

/** The rules read as a system: grouped by what they read, closed however late they type, at a fixed point. */
class DerivationTest {
    private static final String AP = "https://w3id.org/aperture#";
    private static final String PROV_ENTITY = "http://www.w3.org/ns/prov#Entity";

    @Test
    void runningEveryRuleAgainOnTheBuiltGraphDerivesNothingNew() {
        Graph built = Fixtures.graph().getDefaultGraph();
        Graph fresh = GraphFactory.createDefaultGraph();
        Facts facts = new Facts(new Union(fresh, built), fresh, Closure.of(built));
        Deriver deriver = new Deriver(Fixtures.home().rules());
        for (Deriver.Group group : Deriver.Group.values()) {
            deriver.apply(group, facts);
        }
        assertEquals(List.of(), fresh.find().toList(), "a rule reads what a later rule derives");
    }

    @Test
    void theBuiltGraphHoldsEverySuperclassTypeAndSuperpropertyStatementItsTriplesEntail() {
        Graph built = Fixtures.graph().getDefaultGraph();
        Closure closure = Closure.of(built);
        List<Triple> missing = new ArrayList<>();
        built.find().forEach(t -> closure.entailed(t, e -> {
            if (!built.contains(e)) {
                missing.add(e);
            }
        }));
        assertEquals(List.of(), missing);
        assertTrue(typed(built, AP + "LevelTally") > 0 && typed(built, AP + "Comparison") > 0 && typed(built, AP + "DerivedLevel") > 0);
        for (String derivedClass : List.of("LevelTally", "Comparison", "DerivedLevel")) {
            assertEquals(typed(built, AP + derivedClass), typedBoth(built, AP + derivedClass, PROV_ENTITY), derivedClass + " also a prov:Entity");
        }
        assertEquals(typed(built, AP + "LevelTally"), typedBoth(built, AP + "LevelTally", AP + "DerivedIndex"));
        Node addresses = NodeFactory.createURI(AP + "addressesRisk");
        Node mitigates = NodeFactory.createURI("https://w3id.org/airo#mitigatesRiskConcept");
        List<Triple> links = built.find(Node.ANY, addresses, Node.ANY).toList();
        assertTrue(!links.isEmpty() && links.stream().allMatch(t -> built.contains(t.getSubject(), mitigates, t.getObject())));
    }

    private static long typed(Graph g, String cls) {
        return g.find(Node.ANY, RDF.Nodes.type, NodeFactory.createURI(cls)).toList().size();
    }

    private static long typedBoth(Graph g, String cls, String other) {
        return g.find(Node.ANY, RDF.Nodes.type, NodeFactory.createURI(cls))
                .filterKeep(t -> g.contains(t.getSubject(), RDF.Nodes.type, NodeFactory.createURI(other))).toList().size();
    }

    @Test
    void theClosureFollowsTheHierarchyThroughBlankNodesAndCyclesToNamedAncestorsOnly() {
        Graph hierarchy = turtle("""
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <http://example.org/A> rdfs:subClassOf <http://example.org/B> . <http://example.org/B> rdfs:subClassOf [ rdfs:subClassOf <http://example.org/C> ] .
                <http://example.org/C> rdfs:subClassOf <http://example.org/A> . <http://example.org/p> rdfs:subPropertyOf <http://example.org/q> . <http://example.org/q> rdfs:subPropertyOf <http://example.org/r> .
                """);
        Closure closure = Closure.of(hierarchy);
        Node x = NodeFactory.createURI("http://example.org/x");
        assertEquals(Set.of(Triple.create(x, RDF.Nodes.type, uri("http://example.org/B")), Triple.create(x, RDF.Nodes.type, uri("http://example.org/C"))),
                entailed(closure, Triple.create(x, RDF.Nodes.type, uri("http://example.org/A"))));
        assertEquals(Set.of(Triple.create(x, uri("http://example.org/q"), uri("http://example.org/y")), Triple.create(x, uri("http://example.org/r"), uri("http://example.org/y"))),
                entailed(closure, Triple.create(x, uri("http://example.org/p"), uri("http://example.org/y"))));
        assertEquals(Set.of(), entailed(closure, Triple.create(x, uri("http://example.org/r"), uri("http://example.org/y"))));
    }

    @Test
    void aFactTheReadableGraphHoldsIsNotAddedAgainButANewOneIsAddedWithWhatItEntails() {
        Graph reference = turtle("""
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <http://example.org/A> rdfs:subClassOf <http://example.org/B> . <http://example.org/known> a <http://example.org/A>, <http://example.org/B> .
                """);
        Graph own = GraphFactory.createDefaultGraph();
        Facts facts = new Facts(new Union(own, reference), own, Closure.of(reference));
        facts.add(Triple.create(uri("http://example.org/known"), RDF.Nodes.type, uri("http://example.org/A")));
        assertEquals(0, own.size());
        facts.add(Triple.create(uri("http://example.org/new"), RDF.Nodes.type, uri("http://example.org/A")));
        assertEquals(Set.of(Triple.create(uri("http://example.org/new"), RDF.Nodes.type, uri("http://example.org/A")),
                Triple.create(uri("http://example.org/new"), RDF.Nodes.type, uri("http://example.org/B"))), new HashSet<>(own.find().toList()));
    }

    @Test
    void aRuleFileOutsideTheGroupFoldersIsRefusedByName(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Fixtures.copyTree(Fixtures.home().rules(), rules);
        Files.writeString(rules.resolve("10-new-rule.ru"), "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }\n");
        LoadException e = assertThrows(LoadException.class, () -> new Deriver(rules));
        assertTrue(e.getMessage().contains("10-new-rule.ru") && e.getMessage().contains("record/"), e.getMessage());
    }

    @Test
    void aRuleThatFailsIsNamed(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("record"));
        Files.writeString(rules.resolve("record/01-removes.ru"), "DELETE WHERE { ?s a ?o }\n");
        Graph g = turtle("<http://example.org/x> a <http://example.org/A> .");
        LoadException e = assertThrows(LoadException.class,
                () -> new Deriver(rules).apply(Deriver.Group.RECORD, new Facts(g, g, Closure.of(g))));
        assertTrue(e.getMessage().contains("01-removes.ru"), e.getMessage());
    }

    private static Set<Triple> entailed(Closure closure, Triple t) {
        Set<Triple> out = new HashSet<>();
        closure.entailed(t, out::add);
        return out;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }
}
