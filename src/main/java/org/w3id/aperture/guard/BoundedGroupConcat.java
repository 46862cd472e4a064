package org.w3id.aperture.guard;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.aggregate.AggregatorBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * GROUP_CONCAT (and GROUP_CONCAT DISTINCT) as Jena computes it, same separator and same empty-group value,
 * except that it ends the query with a {@link QueryPolicyException} when the string would pass the limit:
 * over a cross product Jena's own fills the heap.
 */
final class BoundedGroupConcat extends AggregatorBase {
    private static final String DEFAULT_SEPARATOR = " ";

    private final Aggregator original;
    private final String separator;
    private final int maxLength;

    BoundedGroupConcat(Aggregator original, int maxLength) {
        super("GROUP_CONCAT", original instanceof AggGroupConcatDistinct, original.getExprList());
        String given = original instanceof AggGroupConcat plain ? plain.getSeparator()
                : ((AggGroupConcatDistinct) original).getSeparator();
        this.original = original;
        this.separator = given == null ? DEFAULT_SEPARATOR : given;
        this.maxLength = maxLength;
    }

    static boolean replaces(Aggregator aggregator) {
        return aggregator instanceof AggGroupConcat || aggregator instanceof AggGroupConcatDistinct;
    }

    @Override
    public Accumulator createAccumulator() {
        return new Concatenation(getExpr(), isDistinct, separator, maxLength);
    }

    @Override
    public Node getValueEmpty() {
        return original.getValueEmpty();
    }

    @Override
    public Aggregator copy(ExprList exprs) {
        return new BoundedGroupConcat(original.copy(exprs), maxLength);
    }

    @Override
    public String toPrefixString() {
        return original.toPrefixString();
    }

    @Override
    public String asSparqlExpr(SerializationContext context) {
        return original.asSparqlExpr(context);
    }

    @Override
    public int hashCode() {
        return original.hashCode();
    }

    @Override
    public boolean equals(Aggregator other, boolean bySyntax) {
        return other instanceof BoundedGroupConcat bounded && original.equals(bounded.original, bySyntax);
    }

    private static final class Concatenation extends AccumulatorExpr {
        private final StringBuilder text = new StringBuilder();
        private final String separator;
        private final int maxLength;
        private boolean first = true;

        Concatenation(Expr expr, boolean distinct, String separator, int maxLength) {
            super(expr, distinct);
            this.separator = separator;
            this.maxLength = maxLength;
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
            String part = value.asString();
            if (text.length() + (first ? 0L : separator.length()) + part.length() > maxLength) {
                throw Failures.tooLong("GROUP_CONCAT", maxLength);
            }
            if (!first) {
                text.append(separator);
            }
            text.append(part);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {}

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(text.toString());
        }
    }
}
