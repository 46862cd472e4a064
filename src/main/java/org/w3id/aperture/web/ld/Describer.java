package org.w3id.aperture.web.ld;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aperture.web.core.Labels;

/**
 * The description of one resource, served as its RDF and rendered as its page: its own triples (with the blank
 * nodes they lead to, as in a concise bounded description), the triples that point at it from named resources,
 * and the labels of every resource these mention.
 */
public final class Describer {
    private final Graph graph;

    public Describer(Graph graph) {
        this.graph = graph;
    }

    /** True when the IRI occurs in the graph as a subject or an object. */
    boolean exists(String iri) {
        Node node = NodeFactory.createURI(iri);
        return graph.contains(node, Node.ANY, Node.ANY) || graph.contains(Node.ANY, Node.ANY, node);
    }

    Graph describe(String iri) {
        Node node = NodeFactory.createURI(iri);
        Graph description = GraphFactory.createDefaultGraph();
        description.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        addOutgoing(node, description);
        graph.find(Node.ANY, Node.ANY, node).filterKeep(t -> t.getSubject().isURI()).forEach(description::add);
        Set<Node> mentioned = new HashSet<>();
        description.find().forEach(t -> {
            mentioned.add(t.getSubject());
            mentioned.add(t.getPredicate());
            mentioned.add(t.getObject());
        });
        for (Node n : mentioned) {
            if (n.isURI() && !n.equals(node)) {
                for (Node label : Labels.PROPERTIES) {
                    graph.find(n, label, Node.ANY).forEach(description::add);
                }
            }
        }
        return description;
    }

    private void addOutgoing(Node node, Graph description) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(node);
        while (!todo.isEmpty()) {
            Node subject = todo.pop();
            if (!seen.add(subject)) {
                continue;
            }
            for (Triple t : graph.find(subject, Node.ANY, Node.ANY).toList()) {
                description.add(t);
                if (t.getObject().isBlank()) {
                    todo.add(t.getObject());
                }
            }
        }
    }

    /** The subjects whose IRI starts with the prefix, sorted; for pointing a lost visitor at what is there. */
    List<String> under(String prefix) {
        Set<String> found = new TreeSet<>();
        graph.find().forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix)) {
                found.add(t.getSubject().getURI());
            }
        });
        return List.copyOf(found);
    }
}
