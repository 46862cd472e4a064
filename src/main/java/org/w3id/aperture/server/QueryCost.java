package org.w3id.aperture.server;

import java.util.Collections;
import java.util.LinkedHashMap;
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
 * pattern anchored on a constant (at most {@value #MAX_CHEAP_PATTERNS} triple patterns, every one joined
 * through shared variables to one with a constant subject or object — no cross product —, a few OPTIONALs
 * or UNIONs) without grouping, sub-queries, path closures or SERVICE; ordering or DISTINCT over such a small
 * anchored answer is cheap too. Everything else is heavy, and so is any query whose text ran longer than the
 * cheap budget the last time it ran: the server remembers the last {@value #REMEMBERED} such texts, and forgets
 * one that runs within the budget again (so that a lookup slowed once by a cold start is not heavy for good).
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

    /** Remembers a query that took longer than the cheap budget, so that it goes to the heavy lane until it runs within it. */
    void ran(String text, long millis) {
        if (millis > cheapBudgetMillis) {
            slow.add(text);
        } else {
            slow.remove(text);
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
        /** The variables of each pattern, and whether it has a constant subject or object. */
        private final java.util.List<java.util.Set<Node>> variables = new java.util.ArrayList<>();
        private final java.util.List<Boolean> constant = new java.util.ArrayList<>();

        private void pattern(Node s, Node o) {
            patterns++;
            java.util.Set<Node> vars = new java.util.HashSet<>();
            for (Node n : new Node[] {s, o}) {
                if (n.isVariable()) {
                    vars.add(n);
                }
            }
            variables.add(vars);
            constant.add(s.isConcrete() || o.isConcrete());
        }

        /** Every pattern reaches an anchored one through shared variables. */
        boolean anchored() {
            java.util.Set<Node> reached = new java.util.HashSet<>();
            boolean[] joined = new boolean[variables.size()];
            for (int i = 0; i < joined.length; i++) {
                if (constant.get(i)) {
                    joined[i] = true;
                    reached.addAll(variables.get(i));
                }
            }
            for (boolean grew = true; grew; ) {
                grew = false;
                for (int i = 0; i < joined.length; i++) {
                    if (!joined[i] && variables.get(i).stream().anyMatch(reached::contains)) {
                        joined[i] = true;
                        reached.addAll(variables.get(i));
                        grew = true;
                    }
                }
            }
            for (boolean j : joined) {
                if (!j) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void visit(OpBGP op) {
            for (Triple t : op.getPattern()) {
                pattern(t.getSubject(), t.getObject());
            }
        }

        @Override
        public void visit(OpPath op) {
            pattern(op.getTriplePath().getSubject(), op.getTriplePath().getObject());
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
