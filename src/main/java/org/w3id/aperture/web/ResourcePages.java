package org.w3id.aperture.web;

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

/** Builds the page of any resource from its description, so new data shows up without new code. */
final class ResourcePages {
    static final int MAX_VALUES = 200;
    /** The ontology document lists every term it defines, however many. */
    private static final int MAX_TERMS = 2000;
    private static final List<Node> SUMMARIES = List.of(SKOS.definition.asNode(), RDFS.comment.asNode(), DCTerms.description.asNode());

    private final Site site;
    private final RecordPages records;

    ResourcePages(Site site) {
        this.site = site;
        this.records = new RecordPages(site, this::value);
    }

    ResourceView build(String iri, Graph description) {
        Node node = NodeFactory.createURI(iri);
        List<String> summaries = new ArrayList<>();
        for (Node p : SUMMARIES) {
            description.find(node, p, Node.ANY).filterKeep(t -> t.getObject().isLiteral())
                    .forEach(t -> summaries.add(t.getObject().getLiteralLexicalForm()));
        }
        List<ResourceView.Value> types = description.find(node, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(t -> value(t.getObject())).sorted(Comparator.comparing(ResourceView.Value::text)).toList();
        Matrix.Row row = site.matrix.row(iri).orElse(null);
        Pipeline pipeline = row == null ? null : Pipeline.of(site.matrix, row);
        List<Matrix.Cell> about = pipeline != null ? List.of() : site.matrix.cellsAbout(iri);
        List<Matrix.Cell> ruleCells = about.stream().filter(c -> iri.equals(c.ruleLevel()) && !iri.equals(c.value())).toList();
        List<Matrix.Cell> cells = about.stream().filter(c -> !ruleCells.contains(c)).toList();
        boolean cellsShown = pipeline != null || !about.isEmpty();
        List<Matrix.Row> models = site.matrix.rows().stream()
                .filter(r -> r.developers().stream().anyMatch(d -> d.iri().equals(iri)) || r.sets().contains(iri)).toList();
        Matrix.Cell cell = site.matrix.cell(iri).orElse(null);
        boolean isComponent = site.matrix.components().stream().anyMatch(c -> c.iri().equals(iri));
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
                        .filter(t -> !cellsShown || site.matrix.cell(t.getSubject().getURI()).isEmpty()).toList(), true, iri),
                cells, ruleCells, models, pipeline, row == null ? null : ModelCard.of(site, row),
                isComponent ? ComponentArgument.of(site, iri) : null, site.levels.byIri(iri).orElse(null), cell,
                row == null ? null : FrameworkSections.of(site, iri), record, rating);
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
            return site.labels.of(cell.model()) + " — " + site.labels.of(cell.component()) + ": " + cell.notation();
        }
        String label = site.labels.of(iri);
        if (!label.equals(Labels.localName(iri))) {
            return label;
        }
        String ns = site.iris.namespace();
        Node from = one(iri, ns + "linkFrom");
        Node to = one(iri, ns + "linkTo");
        if (from != null && to != null) {
            return site.labels.of(from) + " → " + site.labels.of(to);
        }
        return label.replace('-', ' ');
    }

    private Node one(String iri, String property) {
        return site.graph.find(NodeFactory.createURI(iri), NodeFactory.createURI(property), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isURI).findFirst().orElse(null);
    }

    /** Where the page sits: an assessment under its model, anything else under its class in the vocabulary. */
    private List<Link> trail(String iri, Matrix.Cell cell) {
        if (cell != null) {
            return List.of(new Link(cell.model(), site.labels.of(cell.model())));
        }
        return site.graph.find(NodeFactory.createURI(iri), RDF.type.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(n -> n.isURI() && n.getURI().startsWith(site.iris.namespace()))
                .map(n -> new Link(n.getURI(), site.labels.of(n))).sorted(Comparator.comparing(Link::label)).limit(1).toList();
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
            List<ResourceView.Value> values = nodes.stream().map(this::value)
                    .sorted(Comparator.comparing(ResourceView.Value::text, String.CASE_INSENSITIVE_ORDER)).toList();
            int more = Math.max(0, values.size() - (iri.equals(site.iris.ontology()) ? MAX_TERMS : MAX_VALUES));
            String query = incoming ? "SELECT ?s WHERE { ?s <" + p.getURI() + "> <" + iri + "> }"
                    : "SELECT ?o WHERE { <" + iri + "> <" + p.getURI() + "> ?o }";
            properties.add(new ResourceView.Property(value(p), values.subList(0, values.size() - more), more,
                    more > 0 ? "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) : null));
        });
        properties.sort(Comparator.comparing((ResourceView.Property p) -> !p.predicate().href().equals(site.iris.href(RDF.type.getURI())))
                .thenComparing(p -> p.predicate().text(), String.CASE_INSENSITIVE_ORDER));
        return properties;
    }

    private ResourceView.Value value(Node node) {
        if (node.isURI()) {
            String iri = node.getURI();
            return new ResourceView.Value(site.labels.of(node), View.safeHref(site.iris, iri), !site.view.local(iri), site.view.curie(iri));
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            String note = lang.isEmpty() ? site.view.curie(node.getLiteralDatatypeURI()) : "@" + lang;
            return new ResourceView.Value(node.getLiteralLexicalForm(), null, false,
                    note.equals("xsd:string") ? null : note);
        }
        return new ResourceView.Value("(anonymous: " + describeBlank(node) + ")", null, false, null);
    }

    /** A one-line reading of a blank node (an OWL restriction, a list): its properties and their values' labels. */
    private String describeBlank(Node node) {
        List<String> parts = new ArrayList<>();
        site.graph.find(node, Node.ANY, Node.ANY).forEach(t -> parts.add(site.view.curie(t.getPredicate().getURI()) + " "
                + (t.getObject().isURI() ? site.view.curie(t.getObject().getURI())
                : t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : "…")));
        parts.sort(String::compareTo);
        return String.join("; ", parts);
    }
}
