package org.w3id.aperture.guard;

import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * A call the policy evaluates itself (see {@link Calls}): Jena evaluates the arguments as for any function,
 * then {@link Call} checks them against the limits, or matches with the deadline, before computing.
 */
final class Bounded extends ExprFunctionN {
    /** The function on evaluated arguments; {@code env} gives the query's deadline. */
    @FunctionalInterface
    interface Call {
        NodeValue apply(List<NodeValue> args, FunctionEnv env);
    }

    private final Call call;

    Bounded(String function, ExprList args, Call call) {
        super(function, args);
        this.call = call;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        return call.apply(args, env);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return call.apply(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new Bounded(getFunctionSymbol().getSymbol(), newArgs, call);
    }
}
