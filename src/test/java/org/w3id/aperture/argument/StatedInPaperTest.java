package org.w3id.aperture.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;

/**
 * No statement is typed stated-in-paper without the words and the place of the paper that state
 * it: read from the raw Turtle of data/argument/ and data/sources.ttl with the Jena model API,
 * without the shapes. A quote from an abstract must be in the abstract recorded for a version of
 * the paper it derives from.
 */
class StatedInPaperTest {
    static final String AP = "https://w3id.org/aperture#";
    static final String BASE = "https://w3id.org/aperture/";
    static final Set<String> PAPER_VERSIONS = Set.of(BASE + "source/eiras-2024", BASE + "source/eiras-2024-arxiv",
            BASE + "source/eiras-2024-long");

    static Model raw;

    @BeforeAll
    static void load() throws IOException {
        raw = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(Fixtures.ROOT.resolve("data/argument"))) {
            files.filter(p -> p.toString().endsWith(".ttl")).forEach(p -> RDFDataMgr.read(raw, p.toString()));
        }
        RDFDataMgr.read(raw, Fixtures.ROOT.resolve("data/sources.ttl").toString());
    }

    static Property ap(String local) {
        return raw.createProperty(AP + local);
    }

    static List<Resource> statedInPaper() {
        return raw.listSubjectsWithProperty(ap("supportKind"), raw.createResource(BASE + "support/stated-in-paper")).toList();
    }

    @Test
    void everyStatementStatedInThePaperQuotesItsPassageAndNamesItsSection() {
        List<Resource> stated = statedInPaper();
        assertTrue(stated.size() >= 6, "stated in the paper: " + stated);
        List<String> problems = new ArrayList<>();
        for (Resource s : stated) {
            List<String> quotes = raw.listObjectsOfProperty(s, ap("quotedPassage")).mapWith(n -> n.asLiteral().getString()).toList();
            List<String> sections = raw.listObjectsOfProperty(s, ap("paperSection")).mapWith(n -> n.asLiteral().getString()).toList();
            List<Resource> papers = raw.listObjectsOfProperty(s, raw.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"))
                    .mapWith(RDFNode::asResource).filterKeep(r -> PAPER_VERSIONS.contains(r.getURI())).toList();
            if (quotes.isEmpty() || quotes.stream().anyMatch(String::isBlank)) {
                problems.add(s.getURI() + ": no quoted passage");
            }
            if (sections.size() != 1 || sections.get(0).isBlank()) {
                problems.add(s.getURI() + ": no single section (locator): " + sections);
            }
            if (papers.isEmpty()) {
                problems.add(s.getURI() + ": derives from no version of the paper");
            }
            if (sections.equals(List.of("Abstract"))) {
                for (String quote : quotes) {
                    boolean found = papers.stream().anyMatch(p -> raw.listObjectsOfProperty(p, DCTerms.abstract_)
                            .mapWith(n -> n.asLiteral().getString()).toList().stream().anyMatch(a -> a.contains(quote)));
                    if (!found) {
                        problems.add(s.getURI() + ": '" + quote + "' is in the abstract of none of " + papers);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theTwoAbstractsOfThePaperDifferInTheRegulationSentenceAndEachThesisQuotesItsOwn() {
        String icml = raw.getRequiredProperty(raw.createResource(BASE + "source/eiras-2024"), DCTerms.abstract_).getString();
        String arxiv = raw.getRequiredProperty(raw.createResource(BASE + "source/eiras-2024-arxiv"), DCTerms.abstract_).getString();
        String mustNot = raw.getRequiredProperty(raw.createResource(BASE + "thesis/regulation-must-not-put-open-source-at-risk"), ap("quotedPassage")).getString();
        String likely = raw.getRequiredProperty(raw.createResource(BASE + "thesis/regulation-puts-open-source-at-risk"), ap("quotedPassage")).getString();
        assertTrue(icml.contains(mustNot) && !arxiv.contains(mustNot), mustNot);
        assertTrue(arxiv.contains(likely) && !icml.contains(likely), likely);
        // every other sentence is the same in both
        Set<String> icmlSentences = new TreeSet<>(List.of(icml.replace(mustNot, "").split("(?<=\\.) ")));
        Set<String> arxivSentences = new TreeSet<>(List.of(arxiv.replace(likely, "").split("(?<=\\.) ")));
        assertEquals(icmlSentences, arxivSentences);
    }

    @Test
    void aStatementFromASummaryOrEditorialNamesNoSectionOfThePaper() {
        List<String> wrong = new ArrayList<>();
        raw.listSubjectsWithProperty(ap("paperSection")).forEach(s -> {
            if (!statedInPaper().contains(s)) {
                wrong.add(s.getURI());
            }
        });
        assertEquals(List.of(), wrong, "a section is named only for what the paper's own text states");
        assertFalse(statedInPaper().contains(raw.createResource(BASE + "recommendation/technical-and-scientific-contributions")));
    }
}
