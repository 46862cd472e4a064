package org.w3id.aperture.guard;

import org.apache.jena.sparql.function.FunctionEnv;

/**
 * The text a regular expression runs over. Java's matcher reads its input only through {@link #charAt}, also
 * while it backtracks, so checking the deadline every few thousand reads stops any pattern (a chain of
 * {@code .*}, say) within moments of the timeout.
 */
final class DeadlineText implements CharSequence {
    private static final int READS_PER_CHECK = 4096;

    private final String text;
    private final FunctionEnv env;
    private int reads;

    DeadlineText(String text, FunctionEnv env) {
        this.text = text;
        this.env = env;
    }

    @Override
    public char charAt(int index) {
        if (++reads == READS_PER_CHECK) {
            reads = 0;
            Deadline.check(env);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
