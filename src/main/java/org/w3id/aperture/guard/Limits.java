package org.w3id.aperture.guard;

import java.time.Duration;

/**
 * The bounds of the query policy.
 *
 * @param maxDepth the deepest nesting of operators, expressions and property paths a query may have
 * @param maxStringLength the longest string (in characters) any function may build, and the longest IRI
 * @param maxGroupConcatLength the longest string a GROUP_CONCAT may build
 * @param maxDigits the most digits a number may have when a function builds it or reads it from text
 * @param maxFormatWidth the largest width or precision in an {@code afn:sprintf} format, and the longest
 *     {@code fn:format-number} picture
 * @param maxRunTime the deadline of an execution that sets none of its own (see
 *     {@link QueryPolicy#deadline}); Jena's own timeout, when set, applies as well
 */
public record Limits(int maxDepth, int maxStringLength, int maxGroupConcatLength, int maxDigits, int maxFormatWidth,
                     Duration maxRunTime) {

    public Limits {
        if (maxDepth < 1 || maxStringLength < 1 || maxGroupConcatLength < 1 || maxDigits < 1 || maxFormatWidth < 1
                || maxRunTime.isNegative() || maxRunTime.isZero()) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /** Depth 200, strings of 1 MiB characters, numbers of 10 000 digits, format widths of 1000, one minute. */
    public static Limits defaults() {
        return new Limits(200, 1 << 20, 1 << 20, 10_000, 1_000, Duration.ofMinutes(1));
    }
}
