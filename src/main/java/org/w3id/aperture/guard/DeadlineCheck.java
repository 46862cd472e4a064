package org.w3id.aperture.guard;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * A sort key that checks the query's deadline every thousand evaluations. Jena sorts a whole ORDER BY in
 * memory once its input is read, and its comparator evaluates the keys but never looks at the timeout;
 * through this wrapper a long sort ends at the deadline.
 */
final class DeadlineCheck extends ExprFunction1 {
    private static final int EVALUATIONS_PER_CHECK = 1024;

    private int evaluations;

    DeadlineCheck(Expr key) {
        super(key, "deadline");
    }

    @Override
    protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        if (++evaluations == EVALUATIONS_PER_CHECK) {
            evaluations = 0;
            Deadline.check(env);
        }
        return expr.eval(binding, env);
    }

    /** Not reached: {@link #evalSpecial} always answers. */
    @Override
    public NodeValue eval(NodeValue value) {
        return value;
    }

    @Override
    public Expr copy(Expr key) {
        return new DeadlineCheck(key);
    }
}
