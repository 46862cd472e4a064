package org.w3id.aperture.osai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.GraphFiles;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.ShapesValidator;
import org.w3id.aperture.vocab.Ap;

/**
 * The shapes of the index records reject data that breaks them: the graph of the home is loaded
 * once, each case changes a copy of it by a SPARQL update and validates the resource it breaks. A
 * rule checked through a nested shape (sh:node, sh:not) is named in the message of its parent's report.
 */
class IndexShapesTest {
    private static final String PREFIXES = """
            PREFIX ap: <https://w3id.org/aperture#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            BASE <https://w3id.org/aperture/>
            """;
    private static Home home;
    private static GraphFiles files;
    private static ShapesValidator validator;

    @BeforeAll
    static void loadTheHome() {
        home = Fixtures.home();
        files = new GraphFiles();
        GraphFiles.turtleFiles(home).forEach(files::add);
        validator = new ShapesValidator(home.shapes());
    }

    @Test
    void theImportedRecordsConform() {
        List<Node> nodes = new ArrayList<>();
        files.graph().find(Node.ANY, Node.ANY, Node.ANY).forEach(t -> {
            String s = t.getSubject().isURI() ? t.getSubject().getURI() : "";
            if (s.startsWith(Ap.BASE + "osai") || s.startsWith(Ap.BASE + "ouc") || s.startsWith(Ap.BASE + "source/o")
                    || s.startsWith(Ap.BASE + "eosai") || s.startsWith(Ap.BASE + "org/")) {
                nodes.add(t.getSubject());
            }
        });
        assertTrue(nodes.stream().distinct().count() > 193 * 13 + 47 * 15, "records, assessments, sources, dimensions");
        assertEquals(List.of(), validator.validateNodes(files.graph(), nodes.stream().distinct().toList(), files, home));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        record without its file      | DELETE WHERE { <osai/amd-olmo> prov:wasDerivedFrom ?f }                              | osai/amd-olmo | apsh:IndexRecord (prov:wasDerivedFrom
        record with two labels       | INSERT DATA { <osai/amd-olmo> rdfs:label "OLMo" }                                     | osai/amd-olmo | apsh:IndexRecord (rdfs:label
        date typed and as written    | INSERT DATA { <osai/amd-olmo> ap:dateAsWritten "late 2024" }                          | osai/amd-olmo | apsh:IssuedAndDateAsWritten
        date not a date              | DELETE { <osai/amd-olmo> dcterms:issued ?d } INSERT { <osai/amd-olmo> dcterms:issued "October 2024" } WHERE { <osai/amd-olmo> dcterms:issued ?d } | osai/amd-olmo | apsh:IndexRecord (dcterms:issued
        Hugging Face id without owner | INSERT DATA { <osai/amd-olmo> ap:huggingFaceId "AMD-OLMo" }                           | osai/amd-olmo | apsh:IndexRecord (ap:huggingFaceId
        producer not an organisation | INSERT DATA { <osai/amd-olmo> ap:producer <model/llama-2> }                           | osai/amd-olmo | apsh:IndexRecord (ap:producer
        record without assessments   | DELETE WHERE { ?a ap:ratedRecord <osai/amd-olmo> }                                     | osai/amd-olmo | apsh:IndexRecord (^ap:ratedRecord
        assessment without a class   | DELETE WHERE { <osai/amd-olmo/preprint> ap:opennessClass ?c }                         | osai/amd-olmo | apsh:IndexClassGiven
        class and class as written   | INSERT DATA { <osai/amd-olmo/preprint> ap:classAsWritten "closed?" }                  | osai/amd-olmo | apsh:IndexClassGiven
        two classes                  | INSERT DATA { <osai/amd-olmo/preprint> ap:opennessClass <osai-class/open> }           | osai/amd-olmo/preprint | apsh:IndexAssessment (ap:opennessClass
        class that is no index class | DELETE { <osai/amd-olmo/preprint> ap:opennessClass ?c } INSERT { <osai/amd-olmo/preprint> ap:opennessClass <level/c1> } WHERE { <osai/amd-olmo/preprint> ap:opennessClass ?c } | osai/amd-olmo/preprint | apsh:IndexAssessment (ap:opennessClass
        OSAI rated on an OUC item    | DELETE { <osai/amd-olmo/preprint> ap:dimension ?d } INSERT { <osai/amd-olmo/preprint> ap:dimension <ouc-item/preprint> } WHERE { <osai/amd-olmo/preprint> ap:dimension ?d } | osai/amd-olmo | apsh:OsaiRecord (^ap:ratedRecord/ap:dimension
        OUC rated on an OSAI dimension | DELETE { <ouc/llama-2-chat/preprint> ap:dimension ?d } INSERT { <ouc/llama-2-chat/preprint> ap:dimension <eosai/preprint> } WHERE { <ouc/llama-2-chat/preprint> ap:dimension ?d } | ouc/llama-2-chat | apsh:OucRecord (^ap:ratedRecord/ap:dimension
        assessment of a mistyped record | DELETE { <osai/amd-olmo/preprint> ap:ratedRecord ?r } INSERT { <osai/amd-olmo/preprint> ap:ratedRecord <osai/amd-olmo-x> } WHERE { <osai/amd-olmo/preprint> ap:ratedRecord ?r } | osai/amd-olmo/preprint | apsh:IndexAssessment (ap:ratedRecord
        evidence as a literal        | INSERT DATA { <osai/amd-olmo/preprint> ap:evidence "https://example.org/" }           | osai/amd-olmo/preprint | apsh:IndexAssessment (ap:evidence
        assessment without its line  | DELETE WHERE { <osai/amd-olmo/preprint> ap:sourceLine ?l }                            | osai/amd-olmo/preprint | apsh:IndexAssessment (ap:sourceLine
        two notes                    | INSERT DATA { <osai/amd-olmo/preprint> ap:note "again" }                              | osai/amd-olmo/preprint | apsh:IndexAssessment (ap:note
        source without license       | DELETE WHERE { <source/osai-5a388e8> dcterms:license ?l }                             | source/osai-5a388e8 | apsh:IndexSource (dcterms:license
        source without citation      | DELETE WHERE { <source/ouc-801f687> dcterms:bibliographicCitation ?c }                | source/ouc-801f687 | apsh:IndexSource (dcterms:bibliographicCitation
        file without its page        | DELETE WHERE { <source/osai-5a388e8/file/amd-olmo-yaml> foaf:page ?p }                | source/osai-5a388e8/file/amd-olmo-yaml | apsh:VendoredFile (foaf:page
        dimension without notation   | DELETE WHERE { <eosai/preprint> skos:notation ?n }                                    | eosai/preprint | apsh:IndexDimension (skos:notation
        dimension without criteria   | DELETE WHERE { <ouc-item/api> skos:scopeNote ?n }                                     | ouc-item/api | apsh:IndexDimension (skos:scopeNote
        """)
    void aBrokenRuleIsReported(String what, String update, String resource, String rule) {
        Graph graph = GraphFactory.createDefaultGraph();
        files.graph().find().forEach(graph::add);
        UpdateAction.parseExecute(PREFIXES + update, graph);
        Node focus = NodeFactory.createURI(Ap.BASE + resource);
        List<ShapesValidator.Problem> problems = validator.validateNodes(graph, List.of(focus), files, home);
        String nested = rule.replace("apsh:", "shapes#");
        assertTrue(problems.stream().anyMatch(p -> p.rule().startsWith(rule) || p.message().contains(nested)),
                what + ": expected " + rule + ", got " + problems);
    }
}
