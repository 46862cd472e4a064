package org.w3id.aperture.guard;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrDatatype;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionCastXSD;
import org.apache.jena.sparql.function.library.FN_FormatNumber;
import org.apache.jena.sparql.function.library.FN_Round;
import org.apache.jena.sparql.function.library.FN_Round_Half_Even;
import org.apache.jena.sparql.function.library.FN_StrConcat;
import org.apache.jena.sparql.function.library.Math_exp10;
import org.apache.jena.sparql.function.library.Math_pow;
import org.apache.jena.sparql.function.library.sprintf;
import org.apache.jena.sparql.function.library.strjoin;

/**
 * The functions whose cost grows with their argument values, replaced by {@link Bounded} calls that check
 * the arguments first and then compute as Jena does: the regular expressions (see {@link Regex}), string
 * joins, {@code math:pow} and {@code math:exp10} (result digits), rounding (precision), {@code afn:sprintf}
 * (widths, precisions and output length), {@code fn:format-number} (picture length), and casts and STRDT to
 * numbers, dates and durations (text length). Every other function is left as it is.
 */
final class Calls {
    /** A format specifier of java.util.Formatter: index, flags, width, precision, conversion. */
    private static final Pattern SPECIFIER = Pattern.compile("%(\\d+\\$|<)?[-#+ 0,(]*(\\d+)?(\\.\\d+)?[tT]?[a-zA-Z%]");
    private static final int SPECIFIER_SLACK = 64;

    private Calls() {}

    static Expr bounded(ExprFunction f, String name, Limits limits) {
        ExprList args = new ExprList(f.getArgs());
        if (f instanceof E_Regex) {
            return new Bounded(name, args, Regex.matches(name));
        }
        if (f instanceof E_StrReplace) {
            return new Bounded(name, args, Regex.replace(name, limits.maxStringLength()));
        }
        if (f instanceof E_StrConcat concat) {
            return new Bounded(name, args, (a, env) -> {
                Sizes.checkJoined(name, a, 0, limits);
                return concat.eval(a);
            });
        }
        if (f instanceof E_StrDatatype strdt) {
            return new Bounded(name, args, (a, env) -> {
                if (a.get(1).isIRI()) {
                    RDFDatatype type = TypeMapper.getInstance().getSafeTypeByName(a.get(1).asNode().getURI());
                    Sizes.checkParsedText(name, a.get(0), type, limits);
                }
                return strdt.eval(a.get(0), a.get(1));
            });
        }
        if (f instanceof E_Function call) {
            Bounded.Call bounded = call(call.getFunctionIRI(), name, limits);
            return bounded == null ? f : new Bounded(name, args, bounded);
        }
        return f;
    }

    private static Bounded.Call call(String iri, String name, Limits limits) {
        if (iri.startsWith(Names.XSD) && TypeMapper.getInstance().getTypeByName(iri) instanceof XSDDatatype type) {
            FunctionBase cast = new FunctionCastXSD(type);
            return (a, env) -> {
                a.forEach(text -> Sizes.checkParsedText(name, text, type, limits));
                return cast.exec(a);
            };
        }
        return switch (iri) {
            case Names.FN + "matches" -> Regex.matches(name);
            case Names.FN + "replace" -> Regex.replace(name, limits.maxStringLength());
            case Names.FN + "concat" -> joined(new FN_StrConcat(), name, limits);
            case Names.AFN + "strjoin" -> joined(new strjoin(), name, limits);
            case Names.MATH + "pow" -> checked(new Math_pow(), a -> checkPow(name, a, limits));
            case Names.MATH + "exp10" -> checked(new Math_exp10(), a -> checkExp10(name, a, limits));
            case Names.FN + "round" -> checked(new FN_Round(), a -> checkPrecision(name, a, limits));
            case Names.FN + "round-half-to-even" -> checked(new FN_Round_Half_Even(), a -> checkPrecision(name, a, limits));
            case Names.AFN + "sprintf" -> checked(new sprintf(), a -> checkFormat(name, a, limits));
            case Names.FN + "format-number" -> checked(new FN_FormatNumber(), a -> checkPicture(name, a, limits));
            default -> null;
        };
    }

    private interface Check {
        void check(List<NodeValue> args);
    }

    private static Bounded.Call checked(FunctionBase function, Check check) {
        return (a, env) -> {
            check.check(a);
            return function.exec(a);
        };
    }

    /** CONCAT-like joins: the parts, and a separator between each two for afn:strjoin, within the string limit. */
    private static Bounded.Call joined(FunctionBase function, String name, Limits limits) {
        return checked(function, a -> Sizes.checkJoined(name, a,
                function instanceof strjoin && !a.isEmpty() ? Sizes.length(a.get(0)) * (a.size() - 2L) : 0, limits));
    }

    /** An integer to a non-negative integer power is an integer of about exponent * log10(|base|) digits. */
    private static void checkPow(String name, List<NodeValue> a, Limits limits) {
        if (a.size() == 2 && a.get(0).isInteger() && a.get(1).isInteger()) {
            BigInteger base = a.get(0).getInteger().abs();
            int exponent = a.get(1).getInteger().intValue();
            double log10 = base.bitLength() < 1000 ? Math.log10(base.doubleValue()) : (base.bitLength() - 1) * Math.log10(2);
            if (base.compareTo(BigInteger.ONE) > 0 && exponent > 0 && exponent * log10 > limits.maxDigits()) {
                throw Failures.tooManyDigits(name, limits.maxDigits());
            }
        }
    }

    private static void checkExp10(String name, List<NodeValue> a, Limits limits) {
        if (a.size() == 1 && a.get(0).isInteger() && a.get(0).getInteger().intValue() >= limits.maxDigits()) {
            throw Failures.tooManyDigits(name, limits.maxDigits());
        }
    }

    private static void checkPrecision(String name, List<NodeValue> a, Limits limits) {
        if (a.size() == 2 && a.get(1).isInteger() && Math.abs((long) a.get(1).getInteger().intValue()) > limits.maxDigits()) {
            throw Failures.overLimit(name, "precision", a.get(1).getInteger().intValue(), limits.maxDigits());
        }
    }

    /**
     * Each width and precision within the format limit, and the output, bounded by the format, each
     * specifier's width and the longest value, within the string limit.
     */
    private static void checkFormat(String name, List<NodeValue> a, Limits limits) {
        if (a.isEmpty() || !a.get(0).isString()) {
            return;
        }
        String format = a.get(0).getString();
        long longestValue = 0;
        for (NodeValue value : a.subList(1, a.size())) {
            longestValue = Math.max(longestValue, Sizes.length(value));
        }
        long output = format.length();
        Matcher specifier = SPECIFIER.matcher(format);
        while (specifier.find()) {
            long width = number(specifier.group(2));
            long precision = specifier.group(3) == null ? 0 : number(specifier.group(3).substring(1));
            for (long n : new long[] {width, precision}) {
                if (n > limits.maxFormatWidth()) {
                    throw Failures.overLimit(name, "the width or precision", n, limits.maxFormatWidth());
                }
            }
            output += Math.max(width, precision) + longestValue + SPECIFIER_SLACK;
        }
        if (output > limits.maxStringLength()) {
            throw Failures.tooLong(name, limits.maxStringLength());
        }
    }

    private static void checkPicture(String name, List<NodeValue> a, Limits limits) {
        if (a.size() >= 2 && Sizes.length(a.get(1)) > limits.maxFormatWidth()) {
            throw Failures.overLimit(name, "a picture of length", Sizes.length(a.get(1)), limits.maxFormatWidth());
        }
    }

    /** A decimal numeral's value, or Long.MAX_VALUE for one too long for a long; 0 for none. */
    private static long number(String digits) {
        if (digits == null) {
            return 0;
        }
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
