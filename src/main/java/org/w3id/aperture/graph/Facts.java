package org.w3id.aperture.graph;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The graph the rules of one batch run on: reads {@code readable} and adds every new fact, with the
 * facts the {@link Closure} entails from it, into {@code target}, which is part of {@code readable}. A
 * fact {@code readable} already holds is not added again, so a batch's target receives only its own
 * facts, however much of the reference data its rules read.
 */
final class Facts extends GraphBase {
    private final Graph readable;
    private final Graph target;
    private final Closure closure;

    Facts(Graph readable, Graph target, Closure closure) {
        this.readable = readable;
        this.target = target;
        this.closure = closure;
    }

    /** Adds what the closure entails from the triples already in {@code part} (parsed, not yet closed). */
    void close(Graph part) {
        List<Triple> triples = part.find().toList();
        triples.forEach(t -> closure.entailed(t, this::performAdd));
    }

    @Override
    public void performAdd(Triple t) {
        if (!readable.contains(t)) {
            target.add(t);
            closure.entailed(t, this::performAdd);
        }
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return readable.find(pattern);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Node s, Node p, Node o) {
        return readable.find(s, p, o);
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return readable.contains(t);
    }

    @Override
    protected int graphBaseSize() {
        return readable.size();
    }
}
