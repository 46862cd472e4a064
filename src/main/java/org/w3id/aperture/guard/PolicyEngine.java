package org.w3id.aperture.guard;

import org.apache.jena.atlas.lib.Alarm;
import org.apache.jena.atlas.lib.AlarmClock;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's main query engine under the policy, for datasets it is installed on ({@link QueryPolicy#install}):
 * the static checks again, Jena's optimisation (without constant folding, which would evaluate calls on
 * constants unguarded, and whose rewriting of nested EXISTS takes time exponential in their depth), then
 * {@link PolicyTransform}, evaluated by {@link PolicyExecutor}. An execution without a deadline of its own
 * gets {@link Limits#maxRunTime()}, and Jena's cancel signal is set at the deadline (see {@link Deadline}).
 */
final class PolicyEngine extends QueryEngineMain {
    static final QueryEngineFactory FACTORY = new Factory();

    private Alarm alarm;

    private PolicyEngine(Query query, DatasetGraph dataset, Binding input, Context context) {
        super(query, dataset, input, context);
    }

    private PolicyEngine(Op op, DatasetGraph dataset, Binding input, Context context) {
        super(op, dataset, input, context);
    }

    @Override
    protected Op createOp(Query query) {
        try {
            return super.createOp(query);
        } catch (StackOverflowError e) {
            throw new QueryPolicyException(QueryGuards.TOO_DEEP);
        }
    }

    @Override
    protected Op modifyOp(Op op) {
        Limits limits = QueryPolicy.limits(context);
        QueryGuards.refusal(op, limits).ifPresent(problem -> {
            throw new QueryPolicyException(problem);
        });
        if (!context.isDefined(Deadline.SYMBOL)) {
            QueryPolicy.deadline(context, System.nanoTime() + limits.maxRunTime().toNanos());
        }
        alarm = Deadline.arm(context);
        context.set(ARQ.optExprConstantFolding, false);
        QC.setFactory(context, PolicyExecutor.FACTORY);
        return PolicyTransform.apply(super.modifyOp(op), limits);
    }

    @Override
    public void close() {
        if (alarm != null) {
            AlarmClock.get().cancel(alarm);
        }
        super.close();
    }

    private static final class Factory implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return QueryPolicy.limits(context) != null;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return new PolicyEngine(query, dataset, input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return QueryPolicy.limits(context) != null;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return new PolicyEngine(op, dataset, input, context).getPlan();
        }
    }
}
