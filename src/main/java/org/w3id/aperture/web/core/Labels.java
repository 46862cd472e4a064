package org.w3id.aperture.web.core;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Human-readable names of the graph's resources: rdfs:label, then skos:prefLabel, then dcterms:title; English first. */
public final class Labels {
    public static final List<Node> PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private final Graph graph;
    /** Labels found, kept: at most one per labelled resource of the immutable graph (never for IRIs from elsewhere, such as query results). */
    private final Map<Node, String> found = new ConcurrentHashMap<>();

    public Labels(Graph graph) {
        this.graph = graph;
    }

    public String of(String iri) {
        return of(NodeFactory.createURI(iri));
    }

    /** The label of a node, or the end of its IRI when it has none. */
    public String of(Node node) {
        if (!node.isURI()) {
            return node.isLiteral() ? node.getLiteralLexicalForm() : "(blank node)";
        }
        String label = found.get(node);
        if (label == null) {
            label = find(node);
            if (label != null) {
                found.put(node, label);
            }
        }
        return label == null ? localName(node.getURI()) : label;
    }

    /** The node's label in the graph, or null when it has none. */
    private String find(Node node) {
        for (Node property : PROPERTIES) {
            String plain = null;
            for (Triple t : graph.find(node, property, Node.ANY).toList()) {
                if (!t.getObject().isLiteral()) {
                    continue;
                }
                String lang = t.getObject().getLiteralLanguage();
                if (lang.equals("en") || lang.startsWith("en-")) {
                    return t.getObject().getLiteralLexicalForm();
                }
                if (lang.isEmpty() || plain == null) {
                    plain = t.getObject().getLiteralLexicalForm();
                }
            }
            if (plain != null) {
                return plain;
            }
        }
        return null;
    }

    public static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String tail = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return tail;
    }
}
