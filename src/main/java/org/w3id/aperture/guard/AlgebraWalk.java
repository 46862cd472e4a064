package org.w3id.aperture.guard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpExtendAssign;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;

/**
 * A walk over every node of an algebra expression: operators, the expressions inside them (group keys,
 * aggregates, sort keys and the patterns inside EXISTS included, which Jena's own walker skips in part),
 * and property paths. Jena walks them recursively, so a query a few thousand levels deep (a long {@code +}
 * chain, thousands of BINDs, nested sub-queries) overflows its stack; this walk keeps a stack of its own,
 * measures the depth (each level counting one) and stops as soon as the limit is passed.
 */
final class AlgebraWalk {
    private record Item(Object node, int depth) {}

    private AlgebraWalk() {}

    /**
     * Gives {@code visitor} each node ({@link Op}, {@link Expr}, {@link org.apache.jena.sparql.path.Path}).
     *
     * @return the depth of {@code op}, or a number above {@code limit} as soon as the walk finds one
     */
    static int walk(Op op, int limit, Consumer<Object> visitor) {
        Deque<Item> pending = new ArrayDeque<>();
        pending.push(new Item(op, 1));
        int deepest = 0;
        while (!pending.isEmpty() && deepest <= limit) {
            Item item = pending.pop();
            deepest = Math.max(deepest, item.depth());
            visitor.accept(item.node());
            children(item.node(), item.depth() + 1, pending);
        }
        return deepest;
    }

    private static void children(Object node, int depth, Deque<Item> pending) {
        if (node instanceof Op op) {
            children(op, depth, pending);
        } else if (node instanceof ExprFunctionOp e) {
            push(e.getArgs(), depth, pending);
            push(e.getGraphPattern(), depth, pending);
        } else if (node instanceof ExprFunction e) {
            push(e.getArgs(), depth, pending);
        } else if (node instanceof ExprAggregator e) {
            push(e.getAggregator().getExprList(), depth, pending);
        } else if (node instanceof P_Path1 p) {
            push(p.getSubPath(), depth, pending);
        } else if (node instanceof P_Path2 p) {
            push(p.getLeft(), depth, pending);
            push(p.getRight(), depth, pending);
        }
    }

    private static void children(Op op, int depth, Deque<Item> pending) {
        if (op instanceof Op1 o) {
            push(o.getSubOp(), depth, pending);
        } else if (op instanceof Op2 o) {
            push(o.getLeft(), depth, pending);
            push(o.getRight(), depth, pending);
        } else if (op instanceof OpN o) {
            push(o.getElements(), depth, pending);
        } else if (op instanceof OpPath o) {
            push(o.getTriplePath().getPath(), depth, pending);
        }
        if (op instanceof OpFilter o) {
            push(o.getExprs(), depth, pending);
        } else if (op instanceof OpExtendAssign o) {
            push(o.getVarExprList().getExprs().values(), depth, pending);
        } else if (op instanceof OpLeftJoin o) {
            push(o.getExprs(), depth, pending);
        } else if (op instanceof OpOrder o) {
            push(sortKeys(o.getConditions()), depth, pending);
        } else if (op instanceof OpTopN o) {
            push(sortKeys(o.getConditions()), depth, pending);
        } else if (op instanceof OpGroup o) {
            push(o.getGroupVars().getExprs().values(), depth, pending);
            push(o.getAggregators(), depth, pending);
        } else if (op instanceof OpProcedure o) {
            push(o.getArgs(), depth, pending);
        }
    }

    private static List<Expr> sortKeys(List<SortCondition> conditions) {
        return conditions.stream().map(SortCondition::getExpression).toList();
    }

    private static void push(Object node, int depth, Deque<Item> pending) {
        if (node instanceof ExprList list) {
            list.forEach(e -> push(e, depth, pending));
        } else if (node instanceof Iterable<?> many) {
            many.forEach(e -> push(e, depth, pending));
        } else if (node != null) {
            pending.push(new Item(node, depth));
        }
    }
}
