package org.w3id.aperture.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.io.OWLParser;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotationAssertionAxiom;
import org.semanticweb.owlapi.model.OWLAnnotationProperty;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLIndividual;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.rdf.turtle.parser.TurtleOntologyParserFactory;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Checks the Aperture ontology (every {@code ontology/*.ttl} except the SHACL shapes) with
 * OWL API and the HermiT reasoner: it is consistent, has no unsatisfiable class, is in the
 * OWL 2 DL profile, and documents every {@code ap:} class and property in English.
 */
class OntologyReasonerTest {

    private static final String AP = "https://w3id.org/aperture#";
    private static final IRI MERGED_IRI = IRI.create("https://w3id.org/aperture/test/merged");
    private static final IRI SKOS_DEFINITION =
            IRI.create("http://www.w3.org/2004/02/skos/core#definition");

    private static Path ontologyDir;
    private static List<Path> files;

    @BeforeAll
    static void findFiles() throws IOException {
        Path base = Path.of(System.getProperty("basedir", "."));
        ontologyDir = base.resolve("ontology");
        assertTrue(Files.isDirectory(ontologyDir), "no ontology directory at " + ontologyDir.toAbsolutePath());
        try (Stream<Path> s = Files.list(ontologyDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(p -> !p.getFileName().toString().equals("shapes.ttl"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertFalse(files.isEmpty(), "no ontology files in " + ontologyDir.toAbsolutePath());
        assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().equals("core.ttl")),
                "ontology/core.ttl is missing");
    }

    /**
     * Loads each ontology file with OWL API into one ontology, core.ttl first. Parsing every
     * file into the same ontology lets the RDF parser see the declarations of core.ttl while
     * it reads the other files; parsed on its own, taxonomy.ttl would turn its property
     * assertions into annotations, since it does not repeat the property declarations.
     */
    private static OWLOntology loadMerged(OWLOntologyManager manager) throws Exception {
        return loadMerged(manager, new ArrayList<>());
    }

    /** As {@link #loadMerged(OWLOntologyManager)}, collecting the triples OWL API could not map to OWL. */
    private static OWLOntology loadMerged(OWLOntologyManager manager, List<String> unparsed) throws Exception {
        OWLOntology merged = manager.createOntology(MERGED_IRI);
        List<Path> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing((Path p) -> !p.getFileName().toString().equals("core.ttl"))
                .thenComparing(p -> p.getFileName().toString()));
        for (Path file : ordered) {
            OWLParser parser = new TurtleOntologyParserFactory().createParser();
            OWLDocumentFormat format = parser.parse(
                    new FileDocumentSource(file.toFile(), new TurtleDocumentFormat()), merged,
                    manager.getOntologyLoaderConfiguration());
            format.getOntologyLoaderMetaData().ifPresent(meta -> meta.getUnparsedTriples()
                    .forEach(t -> unparsed.add(file.getFileName() + ": " + t)));
        }
        return merged;
    }

    private static OWLOntology loadMerged() throws Exception {
        return loadMerged(OWLManager.createOWLOntologyManager());
    }

    @Test
    void ontologyIsConsistentAndHasNoUnsatisfiableClass() throws Exception {
        OWLOntology o = loadMerged();
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(o);
        try {
            assertTrue(reasoner.isConsistent(), "the ontology is inconsistent");
            Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
            assertTrue(unsatisfiable.isEmpty(), "unsatisfiable classes: " + unsatisfiable);
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void everyTripleMapsToOwl() throws Exception {
        List<String> unparsed = new ArrayList<>();
        loadMerged(OWLManager.createOWLOntologyManager(), unparsed);
        assertTrue(unparsed.isEmpty(), "triples OWL API could not map to OWL 2:\n" + String.join("\n", unparsed));
    }

    @Test
    void ontologyIsInOwl2DlProfile() throws Exception {
        OWLOntology o = loadMerged();
        OWLProfileReport report = new OWL2DLProfile().checkOntology(o);
        if (!report.isInProfile()) {
            StringBuilder sb = new StringBuilder("not in the OWL 2 DL profile:");
            for (OWLProfileViolation v : report.getViolations()) {
                sb.append("\n  ").append(v);
            }
            System.err.println(sb);
            fail(sb.toString());
        }
    }

    @Test
    void everyApTermHasEnglishLabelAndDefinition() throws Exception {
        OWLOntology o = loadMerged();
        OWLDataFactory df = o.getOWLOntologyManager().getOWLDataFactory();
        OWLAnnotationProperty label = df.getRDFSLabel();
        OWLAnnotationProperty comment = df.getRDFSComment();
        OWLAnnotationProperty definition = df.getOWLAnnotationProperty(SKOS_DEFINITION);

        List<OWLEntity> terms = new ArrayList<>();
        o.classesInSignature(Imports.INCLUDED).forEach(terms::add);
        o.objectPropertiesInSignature(Imports.INCLUDED).forEach(terms::add);
        o.dataPropertiesInSignature(Imports.INCLUDED).forEach(terms::add);

        Set<String> problems = new TreeSet<>();
        int checked = 0;
        for (OWLEntity e : terms) {
            String iri = e.getIRI().toString();
            if (!iri.startsWith(AP)) {
                continue;
            }
            checked++;
            if (!hasEnglish(o, e.getIRI(), label)) {
                problems.add(iri + " has no rdfs:label with an @en literal");
            }
            if (!hasEnglish(o, e.getIRI(), comment) && !hasEnglish(o, e.getIRI(), definition)) {
                problems.add(iri + " has no rdfs:comment or skos:definition with an @en literal");
            }
        }
        assertTrue(checked > 0, "no ap: classes or properties found");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static boolean hasEnglish(OWLOntology o, IRI subject, OWLAnnotationProperty property) {
        return o.annotationAssertionAxioms(subject)
                .filter(ax -> ax.getProperty().equals(property))
                .map(OWLAnnotationAssertionAxiom::getValue)
                .map(v -> v.asLiteral().orElse(null))
                .anyMatch(lit -> lit != null && isEnglish(lit));
    }

    private static boolean isEnglish(OWLLiteral lit) {
        String lang = lit.getLang();
        return !lit.getLiteral().isBlank()
                && (lang.equalsIgnoreCase("en") || lang.toLowerCase().startsWith("en-"));
    }

    /** An individual that is both a level and a non-level must make the ontology inconsistent. */
    @Test
    void levelAndNonLevelAreDisjoint() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology o = loadMerged(manager);
        OWLDataFactory df = manager.getOWLDataFactory();
        OWLIndividual x = df.getOWLNamedIndividual(IRI.create("https://w3id.org/aperture/test/both"));
        o.add(df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(AP + "OpennessLevel")), x),
              df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(AP + "NonLevel")), x));
        assertInconsistent(o);
    }

    /** An assessment with two different openness values must make the ontology inconsistent. */
    @Test
    void assessmentHasAtMostOneValue() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology o = loadMerged(manager);
        OWLDataFactory df = manager.getOWLDataFactory();
        OWLIndividual a = df.getOWLNamedIndividual(IRI.create("https://w3id.org/aperture/test/assessment"));
        OWLObjectProperty value = df.getOWLObjectProperty(IRI.create(AP + "value"));
        o.add(df.getOWLObjectPropertyAssertionAxiom(value, a,
                        df.getOWLNamedIndividual(IRI.create("https://w3id.org/aperture/level/c3"))),
              df.getOWLObjectPropertyAssertionAxiom(value, a,
                        df.getOWLNamedIndividual(IRI.create("https://w3id.org/aperture/level/c4"))));
        assertInconsistent(o);
    }

    private static void assertInconsistent(OWLOntology o) {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(o);
        try {
            assertFalse(reasoner.isConsistent(), "the reasoner did not detect a deliberate inconsistency");
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void taxonomyHasTheTwelveComponentsAndTwelveValues() throws Exception {
        OWLOntology o = loadMerged();
        OWLDataFactory df = o.getOWLOntologyManager().getOWLDataFactory();
        long components = o.classAssertionAxioms(df.getOWLClass(IRI.create(AP + "Component"))).count();
        long levels = o.classAssertionAxioms(df.getOWLClass(IRI.create(AP + "OpennessLevel"))).count();
        long nonLevels = o.classAssertionAxioms(df.getOWLClass(IRI.create(AP + "NonLevel"))).count();
        assertEquals(12, components, "components");
        assertEquals(10, levels, "openness levels");
        assertEquals(2, nonLevels, "non-level values");
    }
}
