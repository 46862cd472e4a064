package org.w3id.aperture.guard;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IllegalFormatConversionException;
import java.util.IllegalFormatException;
import java.util.MissingFormatArgumentException;
import java.util.UnknownFormatConversionException;
import java.util.regex.Pattern;

/**
 * The policy's error messages: short, in SPARQL terms, naming the function and never a Java class, since
 * they go to the client as they are.
 */
final class Failures {
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*");
    private static final int MAX_DETAIL = 160;

    private Failures() {}

    static QueryPolicyException crashed(String function, RuntimeException e) {
        return new QueryPolicyException(function + " failed: " + reason(function, e));
    }

    static QueryPolicyException tooLong(String function, int limit) {
        return new QueryPolicyException(function + " would build a string longer than the limit of " + limit + " characters");
    }

    static QueryPolicyException tooManyDigits(String function, int limit) {
        return new QueryPolicyException(function + " would build a number of more than " + limit + " digits");
    }

    static QueryPolicyException overLimit(String function, String what, long value, int limit) {
        return new QueryPolicyException(function + " refused: " + what + " " + value + " is over the limit of " + limit);
    }

    private static String reason(String function, RuntimeException e) {
        if (function.startsWith("STRLANG")) {
            return "the language tag is not valid";
        }
        if (e instanceof ArithmeticException) {
            return String.valueOf(e.getMessage()).contains("zero") ? "division by zero" : "arithmetic error (" + detail(e) + ")";
        }
        if (e instanceof UnknownFormatConversionException u) {
            return "unknown conversion %" + u.getConversion();
        }
        if (e instanceof IllegalFormatConversionException c) {
            return "%" + c.getConversion() + " does not fit a value of type " + kind(c.getArgumentClass());
        }
        if (e instanceof MissingFormatArgumentException m) {
            return "no value for " + m.getFormatSpecifier();
        }
        if (e instanceof IllegalFormatException) {
            return "the format is not valid (" + detail(e) + ")";
        }
        return detail(e);
    }

    /** The exception's own message without Java names, on one line, or "invalid argument". */
    private static String detail(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        message = JAVA_NAME.matcher(message).replaceAll("").replaceAll("\\s+", " ").strip();
        if (message.isEmpty()) {
            return "invalid argument";
        }
        message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
        return message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) + "..." : message;
    }

    private static String kind(Class<?> type) {
        if (type == String.class) {
            return "string";
        }
        if (type == BigInteger.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == BigDecimal.class) {
            return "decimal";
        }
        if (type == Double.class || type == Float.class) {
            return "double";
        }
        if (type == Boolean.class) {
            return "boolean";
        }
        return java.util.Date.class.isAssignableFrom(type) ? "dateTime" : "value";
    }
}
