package org.w3id.aperture.guard;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.lib.Alarm;
import org.apache.jena.atlas.lib.AlarmClock;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * A running query's deadline: the instant (in {@link System#nanoTime()} terms) under {@link #SYMBOL} in the
 * execution's context, or Jena's cancel signal, which its timeout sets. The policy's engine arms an alarm
 * that sets the cancel signal at the deadline, so that Jena's iterators stop then too; the computations
 * that never look at the signal (regular expressions, sorting) ask {@link #check} as they go.
 */
final class Deadline {
    static final Symbol SYMBOL = Symbol.create("https://w3id.org/aperture/guard#deadline");

    private Deadline() {}

    static boolean passed(FunctionEnv env) {
        Context context = env == null ? null : env.getContext();
        if (context == null) {
            return false;
        }
        if (context.get(SYMBOL) instanceof Long nanos && System.nanoTime() - nanos > 0) {
            return true;
        }
        AtomicBoolean cancelled = Context.getCancelSignal(context);
        return cancelled != null && cancelled.get();
    }

    /** Sets Jena's cancel signal of the execution when its deadline comes. */
    static Alarm arm(Context context) {
        AtomicBoolean cancel = Context.getOrSetCancelSignal(context);
        long millis = TimeUnit.NANOSECONDS.toMillis((Long) context.get(SYMBOL) - System.nanoTime());
        return AlarmClock.get().add(() -> cancel.set(true), Math.max(0, millis));
    }

    /** Throws Jena's {@link QueryCancelledException} (the timeout's answer) once the deadline has passed. */
    static void check(FunctionEnv env) {
        if (passed(env)) {
            throw new QueryCancelledException();
        }
    }
}
