package org.w3id.aperture.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * RDFS subclass and subproperty entailment, read from the class and property hierarchy of the
 * sources: the named superclasses a type statement entails and the named superproperties any
 * statement entails. The load applies it to every triple it writes, derived ones included, so the
 * served graph is closed however late a rule types a resource and queries need no reasoner.
 */
public final class Closure {
    private final Map<Node, Set<Node>> superClasses;
    private final Map<Node, Set<Node>> superProperties;

    private Closure(Map<Node, Set<Node>> superClasses, Map<Node, Set<Node>> superProperties) {
        this.superClasses = superClasses;
        this.superProperties = superProperties;
    }

    /** The closure of the {@code rdfs:subClassOf} and {@code rdfs:subPropertyOf} statements of {@code hierarchy}. */
    public static Closure of(Graph hierarchy) {
        return new Closure(ancestors(hierarchy, RDFS.subClassOf.asNode()), ancestors(hierarchy, RDFS.subPropertyOf.asNode()));
    }

    /** For each node, every IRI it reaches by one or more {@code relation} steps (through blank nodes too), itself excluded. */
    private static Map<Node, Set<Node>> ancestors(Graph hierarchy, Node relation) {
        Map<Node, Set<Node>> parents = new HashMap<>();
        hierarchy.find(Node.ANY, relation, Node.ANY)
                .forEach(t -> parents.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
        Map<Node, Set<Node>> ancestors = new HashMap<>();
        parents.forEach((node, direct) -> {
            Set<Node> reached = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>(direct);
            while (!todo.isEmpty()) {
                Node next = todo.pop();
                if (reached.add(next)) {
                    todo.addAll(parents.getOrDefault(next, Set.of()));
                }
            }
            reached.removeIf(n -> !n.isURI() || n.equals(node));
            if (!reached.isEmpty()) {
                ancestors.put(node, Set.copyOf(reached));
            }
        });
        return ancestors;
    }

    /** Gives {@code out} each triple that {@code t} entails directly or through the hierarchy, {@code t} excluded. */
    public void entailed(Triple t, Consumer<Triple> out) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (p.equals(RDF.Nodes.type)) {
            superClasses.getOrDefault(o, Set.of()).forEach(c -> out.accept(Triple.create(s, p, c)));
        }
        superProperties.getOrDefault(p, Set.of()).forEach(sup -> out.accept(Triple.create(s, sup, o)));
    }
}
