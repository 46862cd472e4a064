package org.w3id.aperture.guard;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * One function call of a running query, guarded: a crash of the function (an {@code ArithmeticException}, a
 * bad format, anything but Jena's error value {@link ExprEvalException}, which passes through and makes a
 * BIND unbound or a FILTER false) becomes a {@link QueryPolicyException} naming the function, and a result
 * over the string or digit limit ends the query the same way. A CONCAT that doubles a string through BINDs
 * thus stops at the limit.
 */
final class Guarded extends ExprFunction1 {
    private final String function;
    private final Limits limits;

    Guarded(Expr call, String function, Limits limits) {
        super(call, "guarded");
        this.function = function;
        this.limits = limits;
    }

    @Override
    protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        try {
            NodeValue value = expr.eval(binding, env);
            // Also makes the RDF term of a lazily built value, which can fail too (STRLANG with a bad tag
            // fails there), so that it fails here, named, and not in the result writer.
            Sizes.checkResult(function, value, limits);
            return value;
        } catch (ExprEvalException | QueryCancelledException | QueryPolicyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Failures.crashed(function, e);
        }
    }

    /** Not reached: {@link #evalSpecial} always answers. */
    @Override
    public NodeValue eval(NodeValue value) {
        return value;
    }

    @Override
    public Expr copy(Expr call) {
        return new Guarded(call, function, limits);
    }
}
