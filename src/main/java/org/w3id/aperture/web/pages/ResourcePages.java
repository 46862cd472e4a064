package org.w3id.aperture.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.web.core.GraphQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Link;
import org.w3id.aperture.web.core.SiteIris;
import org.w3id.aperture.web.core.Value;

/** Builds the page of any resource from its description, so new data shows up without new code. */
public final class ResourcePages {
    static final int MAX_VALUES = 200;
    /** The ontology document lists every term it defines, however many. */
    private static final int MAX_TERMS = 2000;
    private static final List<Node> SUMMARIES = List.of(SKOS.definition.asNode(), RDFS.comment.asNode(), DCTerms.description.asNode());

    private final GraphQueries queries;
    private final Graph graph;
    private final SiteIris iris;
    private final Labels labels;
    private final View view;
    private final Matrix matrix;
    private final Levels levels;
    private final RatedRecords rated;
    private final Alignments alignments;
    private final Attributions attributions;
    private final NamedQueries named;
    private final RecordPages records;

    /** @param named the gallery, for the "every rating of this model" link */
    public ResourcePages(GraphQueries queries, Graph graph, SiteIris iris, Labels labels, View view, Matrix matrix, Levels levels, RatedRecords rated,
                  Alignments alignments, Attributions attributions, NamedQueries named) {
        this.queries = queries;
        this.graph = graph;
        this.iris = iris;
        this.labels = labels;
        this.view = view;
        this.matrix = matrix;
        this.levels = levels;
        this.rated = rated;
        this.alignments = alignments;
        this.attributions = attributions;
        this.named = named;
        this.records = new RecordPages(graph, iris, labels, rated, alignments, attributions, this::value);
    }

    public ResourceView build(String iri, Graph description) {
        Node node = NodeFactory.createURI(iri);
        List<String> summaries = new ArrayList<>();
        for (Node p : SUMMARIES) {
            description.find(node, p, Node.ANY).filterKeep(t -> t.getObject().isLiteral())
                    .forEach(t -> summaries.add(t.getObject().getLiteralLexicalForm()));
        }
        List<Value> types = description.find(node, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(t -> value(t.getObject())).sorted(Comparator.comparing(Value::text)).toList();
        Matrix.Row row = matrix.row(iri).orElse(null);
        Pipeline pipeline = row == null ? null : Pipeline.of(matrix, row);
        List<Matrix.Cell> about = pipeline != null ? List.of() : matrix.cellsAbout(iri);
        List<Matrix.Cell> ruleCells = about.stream().filter(c -> iri.equals(c.ruleLevel()) && !iri.equals(c.value())).toList();
        List<Matrix.Cell> cells = about.stream().filter(c -> !ruleCells.contains(c)).toList();
        boolean cellsShown = pipeline != null || !about.isEmpty();
        List<Matrix.Row> models = matrix.rows().stream()
                .filter(r -> r.developers().stream().anyMatch(d -> d.iri().equals(iri)) || r.sets().contains(iri)).toList();
        Matrix.Cell cell = matrix.cell(iri).orElse(null);
        boolean isComponent = matrix.components().stream().anyMatch(c -> c.iri().equals(iri));
        RecordPages.RecordPage record = records.record(iri).orElse(null);
        RecordPages.RatingPage rating = record != null ? null : records.rating(iri).orElse(null);
        String title = rating != null ? rating.record().label() + " — " + rating.rating().dimension().label() + ": " + rating.rating().value()
                : title(iri, cell);
        List<Link> trail = rating != null ? List.of(catalogue(rating.record().framework()), new Link(rating.record().iri(), rating.record().label()))
                : record != null ? List.of(catalogue(record.record().framework())) : trail(iri, cell);
        String meta = record != null ? description(record) : description(iri, title, row, summaries);
        return new ResourceView(iri, title, trail, meta, types, summaries,
                group(description.find(node, Node.ANY, Node.ANY).toList(), false, iri),
                group(description.find(Node.ANY, Node.ANY, node).toList().stream()
                        .filter(t -> !cellsShown || matrix.cell(t.getSubject().getURI()).isEmpty()).toList(), true, iri),
                cells, ruleCells, models, pipeline, row == null ? null : ModelCard.of(graph, iris, labels, row),
                isComponent ? ComponentArgument.of(queries, labels, iri) : null, levels.byIri(iri).orElse(null), cell,
                row == null ? null : FrameworkSections.of(alignments, rated, attributions, matrix, named, iri), record, rating);
    }

    /** The catalogue a framework's record belongs to, for the breadcrumbs. */
    private static Link catalogue(Framework framework) {
        return new Link("/matrix?catalogue=" + framework.key(), framework.title());
    }

    private static String description(RecordPages.RecordPage page) {
        RatedRecords.Record r = page.record();
        String lead = "How open is " + r.label() + " by the " + r.framework().title() + "? ";
        if (r.mof() != null) {
            return lead + "MOF class: " + r.mof().label() + "; progress " + String.join(", ", r.mof().progress().stream()
                    .map(p -> p.notation() + " " + p.whole() + "%").toList()) + "; its " + r.ratings().size()
                    + " components with their licenses, from the Model Openness Tool (MIT License).";
        }
        return lead + r.tally() + " of its " + r.ratings().size() + " dimensions, each with the index's note and evidence (CC BY 4.0).";
    }

    /** A title people read: an assessment is "LLaMA-2 — model architecture and weights: D3"; a link resource "from → to". */
    private String title(String iri, Matrix.Cell cell) {
        if (cell != null) {
            return labels.of(cell.model()) + " — " + labels.of(cell.component()) + ": " + cell.notation();
        }
        String label = labels.of(iri);
        if (!label.equals(Labels.localName(iri))) {
            return label;
        }
        String ns = iris.namespace();
        Node from = one(iri, ns + "linkFrom");
        Node to = one(iri, ns + "linkTo");
        if (from != null && to != null) {
            return labels.of(from) + " → " + labels.of(to);
        }
        return label.replace('-', ' ');
    }

    private Node one(String iri, String property) {
        return graph.find(NodeFactory.createURI(iri), NodeFactory.createURI(property), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isURI).findFirst().orElse(null);
    }

    /** Where the page sits: an assessment under its model, anything else under its class in the vocabulary. */
    private List<Link> trail(String iri, Matrix.Cell cell) {
        if (cell != null) {
            return List.of(new Link(cell.model(), labels.of(cell.model())));
        }
        return graph.find(NodeFactory.createURI(iri), RDF.type.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(n -> n.isURI() && n.getURI().startsWith(iris.namespace()))
                .map(n -> new Link(n.getURI(), labels.of(n))).sorted(Comparator.comparing(Link::label)).limit(1).toList();
    }

    private String description(String iri, String title, Matrix.Row row, List<String> summaries) {
        if (row != null) {
            return "How open is " + title + "? Its " + row.cells().size() + " pipeline components on the openness scale of Eiras et al.: "
                    + row.sharePercent() + " released, " + row.fullyOpen() + " fully open, with the license of each.";
        }
        if (!summaries.isEmpty()) {
            return summaries.get(0);
        }
        return title + ", in Aperture, the open knowledge graph of generative-AI openness.";
    }

    private List<ResourceView.Property> group(List<Triple> triples, boolean incoming, String iri) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        for (Triple t : triples) {
            byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(incoming ? t.getSubject() : t.getObject());
        }
        List<ResourceView.Property> properties = new ArrayList<>();
        byPredicate.forEach((p, nodes) -> {
            List<Value> values = nodes.stream().map(this::value)
                    .sorted(Comparator.comparing(Value::text, String.CASE_INSENSITIVE_ORDER)).toList();
            int more = Math.max(0, values.size() - (iri.equals(iris.ontology()) ? MAX_TERMS : MAX_VALUES));
            String query = incoming ? "SELECT ?s WHERE { ?s <" + p.getURI() + "> <" + iri + "> }"
                    : "SELECT ?o WHERE { <" + iri + "> <" + p.getURI() + "> ?o }";
            properties.add(new ResourceView.Property(value(p), values.subList(0, values.size() - more), more,
                    more > 0 ? "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) : null));
        });
        properties.sort(Comparator.comparing((ResourceView.Property p) -> !p.predicate().href().equals(iris.href(RDF.type.getURI())))
                .thenComparing(p -> p.predicate().text(), String.CASE_INSENSITIVE_ORDER));
        return properties;
    }

    private Value value(Node node) {
        if (node.isURI()) {
            String iri = node.getURI();
            return new Value(labels.of(node), iris.safeHref(iri), !view.local(iri), view.curie(iri));
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            String note = lang.isEmpty() ? view.curie(node.getLiteralDatatypeURI()) : "@" + lang;
            return new Value(node.getLiteralLexicalForm(), null, false,
                    note.equals("xsd:string") ? null : note);
        }
        return new Value("(anonymous: " + describeBlank(node) + ")", null, false, null);
    }

    /** A one-line reading of a blank node (an OWL restriction, a list): its properties and their values' labels. */
    private String describeBlank(Node node) {
        List<String> parts = new ArrayList<>();
        graph.find(node, Node.ANY, Node.ANY).forEach(t -> parts.add(view.curie(t.getPredicate().getURI()) + " "
                + (t.getObject().isURI() ? view.curie(t.getObject().getURI())
                : t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : "…")));
        parts.sort(String::compareTo);
        return String.join("; ", parts);
    }
}
