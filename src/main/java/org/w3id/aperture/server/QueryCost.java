package org.w3id.aperture.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpUnion;

/**
 * Sorts queries into cheap and heavy before they run. Cheap: a DESCRIBE of named resources, or a small
 * pattern anchored on a constant (at most {@value #MAX_CHEAP_PATTERNS} triple patterns, each with a
 * constant subject or object or one reached from such a pattern through its variables, as in a model's
 * cells: {@code ?a ap:model <m> ; ap:component ?c . ?c ap:upstreamKey ?k}; a few OPTIONALs or UNIONs)
 * without grouping, aggregates, sub-queries, path closures or SERVICE. Ordering and DISTINCT of such an
 * answer are cheap too: it is small. Everything else is heavy, and so is any query whose text once ran
 * longer than the cheap budget: the server remembers the last {@value #REMEMBERED} such texts.
 */
final class QueryCost {
    static final int MAX_CHEAP_PATTERNS = 8;
    private static final int MAX_CHEAP_BRANCHES = 4;
    private static final int REMEMBERED = 4096;

    private final long cheapBudgetMillis;
    private final Set<String> slow = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    }));

    QueryCost(long cheapBudgetMillis) {
        this.cheapBudgetMillis = cheapBudgetMillis;
    }

    Admission.Cost of(String text, Query query) {
        if (slow.contains(text)) {
            return Admission.Cost.HEAVY;
        }
        return cheap(query) ? Admission.Cost.CHEAP : Admission.Cost.HEAVY;
    }

    /** Remembers a query that took longer than the cheap budget, so that it goes to the heavy lane next time. */
    void ran(String text, long millis) {
        if (millis > cheapBudgetMillis) {
            slow.add(text);
        }
    }

    static boolean cheap(Query query) {
        if (query.isDescribeType()) {
            return query.getQueryPattern() == null && query.getResultURIs().stream().allMatch(Node::isURI);
        }
        if (query.isJsonType() || query.hasGroupBy() || query.hasAggregators() || query.getQueryPattern() == null) {
            return false;
        }
        Shape shape = new Shape();
        Op op = Algebra.compile(query.getQueryPattern());
        OpWalker.walk(op, shape);
        return shape.cheap && shape.patterns > 0 && shape.patterns <= MAX_CHEAP_PATTERNS && shape.branches <= MAX_CHEAP_BRANCHES
                && shape.anchored();
    }

    private static final class Shape extends OpVisitorBase {
        boolean cheap = true;
        int patterns;
        int branches;
        /** The subject and object of each pattern. */
        private final List<Node[]> ends = new ArrayList<>();

        /** Whether every pattern has a constant end or a variable of an anchored pattern: each is then reached by index lookups. */
        boolean anchored() {
            Set<Node> reached = new HashSet<>();
            List<Node[]> left = new ArrayList<>(ends);
            boolean progress = true;
            while (!left.isEmpty() && progress) {
                progress = left.removeIf(e -> {
                    boolean anchor = e[0].isConcrete() || e[1].isConcrete() || reached.contains(e[0]) || reached.contains(e[1]);
                    if (anchor) {
                        reached.add(e[0]);
                        reached.add(e[1]);
                    }
                    return anchor;
                });
            }
            return left.isEmpty();
        }

        @Override
        public void visit(OpBGP op) {
            for (Triple t : op.getPattern()) {
                patterns++;
                ends.add(new Node[] {t.getSubject(), t.getObject()});
            }
        }

        @Override
        public void visit(OpPath op) {
            patterns++;
            ends.add(new Node[] {op.getTriplePath().getSubject(), op.getTriplePath().getObject()});
            String path = op.getTriplePath().getPath().toString().replaceAll("<[^>]*>", "");
            cheap &= path.indexOf('*') < 0 && path.indexOf('+') < 0 && path.indexOf('{') < 0;
        }

        @Override
        public void visit(OpLeftJoin op) {
            branches++;
        }

        @Override
        public void visit(OpUnion op) {
            branches++;
        }

        @Override
        public void visit(OpOrder op) {
            cheap = false;
        }

        @Override
        public void visit(OpGroup op) {
            cheap = false;
        }

        @Override
        public void visit(OpDistinct op) {
            cheap = false;
        }

        @Override
        public void visit(OpProject op) {
            cheap = false;
        }

        @Override
        public void visit(OpSlice op) {
            cheap = false;
        }

        @Override
        public void visit(OpService op) {
            cheap = false;
        }
    }
}
