package org.w3id.aperture.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aperture.Fixtures;

/**
 * The Turtle files the comparison reads, as written (no derivation rule applied), with the Jena model
 * API: the paper's model files, the three frameworks' records, the alignment, the comparison axes, the
 * crosswalks, the licenses and the classes of MOT's release terms.
 */
final class RawSources {
    static final String BASE = "https://w3id.org/aperture/";
    static final String AP = "https://w3id.org/aperture#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String SAME_RELEASE = BASE + "alignment-rule/same-release";
    static final String SIZE_OF_RELEASE = BASE + "alignment-rule/size-of-release";

    /** One link of the alignment: its mapping resource, its two ends and its curation rule. */
    record Mapping(Resource mapping, Resource source, Resource target, String rule) {
        boolean likeForLike() {
            return rule.equals(SAME_RELEASE) || rule.equals(SIZE_OF_RELEASE);
        }

        Resource other(Resource end) {
            return source.equals(end) ? target : source;
        }
    }

    final Model model = ModelFactory.createDefaultModel();
    private final Map<String, Resource> assessments = new HashMap<>();

    private RawSources() {}

    static RawSources read() {
        RawSources raw = new RawSources();
        for (String dir : List.of("data/models", "data/frameworks", "data/comparison", "data/crosswalks")) {
            turtle(Fixtures.ROOT.resolve(dir)).forEach(p -> RDFDataMgr.read(raw.model, p.toString()));
        }
        for (String file : List.of("data/alignment/models.ttl", "data/alignment/rules.ttl", "data/licenses.ttl", "data/curated/mot-release-terms.ttl",
                "data/curated/mot-license-permissions.ttl")) {
            RDFDataMgr.read(raw.model, Fixtures.ROOT.resolve(file).toString());
        }
        raw.indexAssessments();
        return raw;
    }

    private static List<Path> turtle(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void indexAssessments() {
        for (String[] link : List.of(new String[] {"model", "component"}, new String[] {"ratedRecord", "dimension"})) {
            model.listStatements(null, ap(link[0]), (RDFNode) null).forEach(s -> {
                Statement concept = s.getSubject().getProperty(ap(link[1]));
                if (concept != null) {
                    assessments.put(key(s.getObject().asResource(), concept.getResource()), s.getSubject());
                }
            });
        }
    }

    private static String key(Resource record, Resource concept) {
        return record.getURI() + " " + concept.getURI();
    }

    Property ap(String local) {
        return model.createProperty(AP + local);
    }

    Property property(String iri) {
        return model.createProperty(iri);
    }

    Resource res(String path) {
        return model.createResource(BASE + path);
    }

    /** The record's assessment of one concept of its framework's scheme: the paper's or another framework's. */
    Optional<Resource> assessment(Resource record, Resource concept) {
        return Optional.ofNullable(assessments.get(key(record, concept)));
    }

    List<Mapping> mappings() {
        List<Mapping> out = new ArrayList<>();
        model.listSubjectsWithProperty(model.createProperty("https://w3id.org/sssom/curation_rule")).forEach(m -> out.add(new Mapping(m,
                m.getPropertyResourceValue(model.createProperty("http://www.w3.org/2002/07/owl#annotatedSource")),
                m.getPropertyResourceValue(model.createProperty("http://www.w3.org/2002/07/owl#annotatedTarget")),
                m.getPropertyResourceValue(model.createProperty("https://w3id.org/sssom/curation_rule")).getURI())));
        return out;
    }

    boolean isA(Resource r, String apClass) {
        return r.hasProperty(RDF.type, model.createResource(AP + apClass));
    }

    /** The kind of record an IRI names: model, mot, osai or ouc. */
    static String kind(Resource record) {
        String path = record.getURI().substring(BASE.length());
        return path.substring(0, path.indexOf('/'));
    }

    /** The resource's label: its rdfs:label, or a concept's skos:prefLabel (from which the graph derives rdfs:label). */
    String label(Resource r) {
        Statement label = r.getProperty(RDFS.label);
        return (label != null ? label : r.getRequiredProperty(model.createProperty(SKOS + "prefLabel"))).getString();
    }

    String suffix(Resource r, String folder) {
        return r.getURI().substring((BASE + folder + "/").length());
    }

    /** The license MOT's evaluator resolves for a listed component: its own, else that of the global license it comes from. */
    Optional<Resource> resolvedTerms(Resource motAssessment) {
        Resource own = motAssessment.getPropertyResourceValue(ap("license"));
        if (own != null) {
            return Optional.of(own);
        }
        Resource global = motAssessment.getPropertyResourceValue(ap("mofLicenseFrom"));
        return Optional.ofNullable(global == null ? null : global.getPropertyResourceValue(ap("license")));
    }
}
