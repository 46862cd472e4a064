package org.w3id.aperture.guard;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterProcessBinding;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.expr.Expr;

/**
 * Jena's executor, but for FILTER: Jena's filter turns any exception of its expression (but a timeout)
 * into "row rejected" and a warning in the log, so a {@link QueryPolicyException} (a crashed function, a
 * string over its limit) would silently drop rows instead of ending the query. Here it ends the query;
 * every other failure rejects the row as before, without the warning, which a visitor could otherwise
 * print once for each row of a large pattern.
 */
final class PolicyExecutor extends OpExecutor {
    static final OpExecutorFactory FACTORY = PolicyExecutor::new;

    private PolicyExecutor(ExecutionContext context) {
        super(context);
    }

    @Override
    protected QueryIterator execute(OpFilter filter, QueryIterator input) {
        QueryIterator rows = exec(filter.getSubOp(), input);
        for (Expr expr : filter.getExprs()) {
            rows = new Filter(rows, expr, execCxt);
        }
        return rows;
    }

    private static final class Filter extends QueryIterProcessBinding {
        private final Expr expr;

        Filter(QueryIterator input, Expr expr, ExecutionContext context) {
            super(input, context);
            this.expr = expr;
        }

        @Override
        public Binding accept(Binding binding) {
            try {
                return expr.isSatisfied(binding, getExecContext()) ? binding : null;
            } catch (QueryCancelledException | QueryPolicyException e) {
                throw e;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
