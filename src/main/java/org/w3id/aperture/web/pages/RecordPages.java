package org.w3id.aperture.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.graph.Graph;
import org.w3id.aperture.web.core.Link;
import org.w3id.aperture.web.core.Value;
import org.w3id.aperture.web.core.SiteIris;
import org.w3id.aperture.web.core.Labels;

/**
 * The parts a page of a MOT, OSAI or OUC record opens with (its summary in the framework's terms, its aligned
 * records, the credit to its source), and the part a page of one of their assessments opens with.
 */
final class RecordPages {
    /** A line of a record's summary: what, its values, and what it means where that needs saying. */
    public record Fact(String term, List<Value> values, String note) {}

    /** A record page's opening: {@code line} is the line of the record in its source file, when known. */
    public record RecordPage(RatedRecords.Record record, Scheme scheme, List<Fact> facts,
                             List<Alignments.Aligned> aligned, Attributions.Attribution attribution, Link file,
                             String filePage, Integer line) {}

    /** An assessment page's opening: the rating, what the dimension asks, and where the rating comes from. */
    public record RatingPage(RatedRecords.Record record, RatedRecords.Rating rating, String definition, List<String> criteria,
                             Link verdict, String verdictMeaning, Link license, Link licenseFrom,
                             Attributions.Attribution attribution, Link file, String filePage, Integer line) {}

    private record FactSpec(String property, String term, String note) {}

    private static final String AP = "ap:";
    private static final Pattern HF_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final List<FactSpec> COMMON = List.of(new FactSpec(AP + "producer", "Producer", null));
    private static final List<FactSpec> MOT = List.of(
            new FactSpec(AP + "version", "Version", null),
            new FactSpec(AP + "modelType", "Type", null),
            new FactSpec(AP + "architecture", "Architecture", null),
            new FactSpec(AP + "treatment", "Treatment", null),
            new FactSpec(AP + "baseModelName", "Origin (base model)", null),
            new FactSpec(DCTerms.modified.getURI(), "Record changed",
                    "MOT's release.date: the date the record last changed in MOT, not the model's release date"),
            new FactSpec(AP + "dateAsWritten", "Date as written", null),
            new FactSpec(AP + "globalLicense", "Licenses of the release", null),
            new FactSpec(AP + "huggingFaceId", "Hugging Face", null),
            new FactSpec(AP + "huggingFaceAsWritten", "Hugging Face as written", null),
            new FactSpec("http://xmlns.com/foaf/0.1/page", "Page", null),
            new FactSpec(AP + "repository", "Repository", null),
            new FactSpec(AP + "repositoryAsWritten", "Repository as written", null),
            new FactSpec(AP + "frameworkVersion", "Framework version", "the MOF version the record was rated by"),
            new FactSpec(AP + "frameworkDate", "Framework date", null));
    private static final List<FactSpec> OSAI = List.of(
            new FactSpec(AP + "modelType", "Type", null),
            new FactSpec(AP + "performanceClass", "Performance class", "the index's performance class: full, latest or limited"),
            new FactSpec(AP + "baseModelName", "Base model", null),
            new FactSpec(AP + "endModelName", "End model", "the model the end user interacts with, the one the index rates"),
            new FactSpec(AP + "endModelLicense", "End model license", "as the index writes it"),
            new FactSpec(DCTerms.issued.getURI(), "Released", "the release date the index gives for the version it rates"),
            new FactSpec(AP + "dateAsWritten", "Date as written", null),
            new FactSpec(AP + "nationalOrigin", "National origin", null),
            new FactSpec(AP + "contributorType", "Contributor type", null),
            new FactSpec(AP + "baseModelTrainingCompute", "Base model training compute", null),
            new FactSpec(AP + "endModelTrainingCompute", "End model training compute", null),
            new FactSpec(AP + "huggingFaceId", "Hugging Face", null),
            new FactSpec("http://xmlns.com/foaf/0.1/page", "Page", null),
            new FactSpec(AP + "pageAsWritten", "Page as written", null),
            new FactSpec(AP + "producerPage", "Producer's page", null));
    private static final List<FactSpec> OUC = List.of(
            new FactSpec(AP + "baseModelName", "LLM base", null),
            new FactSpec(AP + "rlBase", "RLHF base", null),
            new FactSpec(AP + "projectLicense", "Project license", "as Opening up ChatGPT writes it"),
            new FactSpec(AP + "huggingFaceId", "Hugging Face", null),
            new FactSpec("http://xmlns.com/foaf/0.1/page", "Page", null),
            new FactSpec(AP + "pageAsWritten", "Page as written", null),
            new FactSpec(AP + "producerPage", "Producer's page", null));

    private final Graph graph;
    private final SiteIris iris;
    private final Labels labels;
    private final RatedRecords records;
    private final Alignments alignments;
    private final Attributions attributions;
    private final Function<Node, Value> values;

    RecordPages(Graph graph, SiteIris iris, Labels labels, RatedRecords records, Alignments alignments, Attributions attributions,
                Function<Node, Value> values) {
        this.graph = graph;
        this.iris = iris;
        this.labels = labels;
        this.records = records;
        this.alignments = alignments;
        this.attributions = attributions;
        this.values = values;
    }

    Optional<RecordPage> record(String iri) {
        return records.record(iri).map(r -> {
            List<FactSpec> specs = new ArrayList<>(COMMON);
            specs.addAll(switch (r.framework()) {
                case MOT -> MOT;
                case OSAI -> OSAI;
                case OUC -> OUC;
            });
            List<Fact> facts = new ArrayList<>();
            Node node = uri(iri);
            for (FactSpec spec : specs) {
                List<Value> shown = new ArrayList<>();
                for (Triple t : graph.find(node, uri(expand(spec.property())), Node.ANY).toList()) {
                    shown.add(shown(spec.property(), t.getObject()));
                }
                if (!shown.isEmpty()) {
                    shown.sort(java.util.Comparator.comparing(Value::text));
                    facts.add(new Fact(spec.term(), List.copyOf(shown), note(spec, r, node)));
                }
            }
            return new RecordPage(r, records.scheme(r.framework()), List.copyOf(facts),
                    alignments.of(iri), attributions.ofSource(r.file()).orElse(null), link(r.file()),
                    filePage(r.file()), line(iri));
        });
    }

    Optional<RatingPage> rating(String iri) {
        return records.assessment(iri).map(e -> {
            RatedRecords.Record r = e.getKey();
            RatedRecords.Rating x = e.getValue();
            Scheme.Dimension d = x.dimension();
            List<String> criteria = new ArrayList<>();
            graph.find(uri(d.iri()), SKOS.scopeNote.asNode(), Node.ANY)
                    .forEach(t -> criteria.add(t.getObject().getLiteralLexicalForm()));
            criteria.sort(java.util.Comparator.comparingInt(RecordPages::criterionOrder));
            String verdictIri = x.verdict() == null ? null : iris.base() + "mof-license-verdict/" + x.verdict();
            String meaning = verdictIri == null ? null : graph.find(uri(verdictIri), SKOS.definition.asNode(), Node.ANY).toList()
                    .stream().map(t -> t.getObject().getLiteralLexicalForm()).findFirst().orElse(null);
            return new RatingPage(r, x, d.definition(), List.copyOf(criteria), link(verdictIri), meaning, link(x.license()),
                    link(x.licenseFrom()), attributions.ofSource(r.file()).orElse(null), link(r.file()), filePage(r.file()),
                    line(iri));
        });
    }

    /** The index's criteria in the order open, partial, closed. */
    private static int criterionOrder(String criterion) {
        String lower = criterion.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("open") ? 0 : lower.startsWith("partial") ? 1 : lower.startsWith("closed") ? 2 : 3;
    }

    private String note(FactSpec spec, RatedRecords.Record r, Node node) {
        if (spec.property().equals(AP + "producer")) {
            List<String> written = graph.find(node, uri(expand(AP + "producerName")), Node.ANY).toList().stream()
                    .map(t -> t.getObject().getLiteralLexicalForm()).filter(n -> r.producer() == null || !n.equals(r.producer().label()))
                    .toList();
            return written.isEmpty() ? null : "written \u201c" + String.join("\u201d, \u201c", written) + "\u201d in the source";
        }
        return spec.note();
    }

    /** A value as the summary shows it: a Hugging Face id links to its model page, a global license reads "scope: license". */
    private Value shown(String property, Node object) {
        if (property.equals(AP + "huggingFaceId") && object.isLiteral() && HF_ID.matcher(object.getLiteralLexicalForm()).matches()) {
            return new Value(object.getLiteralLexicalForm(), "https://huggingface.co/" + object.getLiteralLexicalForm(), true, null);
        }
        if (property.equals(AP + "globalLicense") && !object.isLiteral()) {
            String scope = literal(object, AP + "licenseScope");
            String written = literal(object, AP + "licenseAsWritten");
            Node license = graph.find(object, uri(expand(AP + "license")), Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(Node::isURI).findFirst().orElse(null);
            String text = (scope == null ? "" : scope + ": ") + (written != null ? written : license != null ? labels.of(license) : "no name");
            return new Value(text, license == null ? null : iris.href(license.getURI()), false, null);
        }
        Value value = values.apply(object);
        // the summary says what a value means in words; the IRI or datatype beside it would only repeat it
        return new Value(value.text(), value.href(), value.external(), null);
    }

    private String literal(Node subject, String property) {
        return graph.find(subject, uri(expand(property)), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }

    private Integer line(String iri) {
        return graph.find(uri(iri), uri(expand(AP + "sourceLine")), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(n -> Integer.valueOf(n.getLiteralLexicalForm())).findFirst().orElse(null);
    }

    private String filePage(String file) {
        return file == null ? null : graph.find(uri(file), uri("http://xmlns.com/foaf/0.1/page"), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isURI).map(Node::getURI).findFirst().orElse(null);
    }

    private Link link(String iri) {
        return iri == null ? null : new Link(iri, labels.of(iri));
    }

    private String expand(String property) {
        return property.startsWith(AP) ? iris.namespace() + property.substring(AP.length()) : property;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
