package org.w3id.aperture.guard;

import java.util.List;
import java.util.Set;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_Coalesce;
import org.apache.jena.sparql.expr.E_Conditional;
import org.apache.jena.sparql.expr.E_Datatype;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_GreaterThanOrEqual;
import org.apache.jena.sparql.expr.E_IsBlank;
import org.apache.jena.sparql.expr.E_IsIRI;
import org.apache.jena.sparql.expr.E_IsLiteral;
import org.apache.jena.sparql.expr.E_IsNumeric;
import org.apache.jena.sparql.expr.E_IsURI;
import org.apache.jena.sparql.expr.E_Lang;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LessThanOrEqual;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.E_NotOneOf;
import org.apache.jena.sparql.expr.E_OneOf;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;

/**
 * The policy's rewrite of an optimised query: every function call is {@link Guarded}, those whose cost
 * grows with their arguments become {@link Bounded} ({@link Calls}), GROUP_CONCAT becomes
 * {@link BoundedGroupConcat}, and sort keys check the deadline ({@link DeadlineCheck}). Logical operators,
 * comparisons, BOUND, EXISTS and the like are cheap and cannot crash, so they stay as they are. SERVICE
 * bodies are sent elsewhere as text and are not touched.
 */
final class PolicyTransform extends TransformCopy {
    private static final Set<Class<?>> CHEAP = Set.of(E_LogicalAnd.class, E_LogicalOr.class, E_LogicalNot.class,
            E_Equals.class, E_NotEquals.class, E_LessThan.class, E_LessThanOrEqual.class, E_GreaterThan.class,
            E_GreaterThanOrEqual.class, E_SameTerm.class, E_Bound.class, E_OneOf.class, E_NotOneOf.class,
            E_IsIRI.class, E_IsURI.class, E_IsBlank.class, E_IsLiteral.class, E_IsNumeric.class, E_Coalesce.class,
            E_Conditional.class, E_Str.class, E_Lang.class, E_Datatype.class);

    private final Limits limits;
    private final GuardCalls exprs = new GuardCalls();

    private PolicyTransform(Limits limits) {
        this.limits = limits;
    }

    static Op apply(Op op, Limits limits) {
        PolicyTransform transform = new PolicyTransform(limits);
        return Transformer.transformSkipService(transform, transform.exprs, op);
    }

    @Override
    public Op transform(OpGroup group, Op sub) {
        List<ExprAggregator> aggregators = group.getAggregators().stream()
                .map(a -> BoundedGroupConcat.replaces(a.getAggregator())
                        ? new ExprAggregator(a.getVar(), new BoundedGroupConcat(a.getAggregator(), limits.maxGroupConcatLength()))
                        : a)
                .toList();
        return OpGroup.create(sub, group.getGroupVars(), aggregators);
    }

    /** The walk has guarded the keys' functions already. */
    @Override
    public Op transform(OpOrder order, Op sub) {
        return new OpOrder(sub, checked(order.getConditions()));
    }

    /** The walk does not reach into TOP-N keys, so they are guarded here. */
    @Override
    public Op transform(OpTopN top, Op sub) {
        List<SortCondition> guarded = top.getConditions().stream()
                .map(c -> new SortCondition(ExprTransformer.transform(exprs, c.getExpression()), c.getDirection()))
                .toList();
        return new OpTopN(sub, top.getLimit(), checked(guarded));
    }

    private static List<SortCondition> checked(List<SortCondition> conditions) {
        return conditions.stream().map(c -> new SortCondition(new DeadlineCheck(c.getExpression()), c.getDirection())).toList();
    }

    private final class GuardCalls extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            return guard(super.transform(func, arg));
        }

        @Override
        public Expr transform(ExprFunction2 func, Expr arg1, Expr arg2) {
            return guard(super.transform(func, arg1, arg2));
        }

        @Override
        public Expr transform(ExprFunction3 func, Expr arg1, Expr arg2, Expr arg3) {
            return guard(super.transform(func, arg1, arg2, arg3));
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            return guard(super.transform(func, args));
        }

        private Expr guard(Expr expr) {
            if (!(expr instanceof ExprFunction call) || CHEAP.contains(call.getClass()) || call instanceof Guarded
                    || call instanceof DeadlineCheck) {
                return expr;
            }
            String name = Names.of(call);
            return new Guarded(Calls.bounded(call, name, limits), name, limits);
        }
    }
}
