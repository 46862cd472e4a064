package org.w3id.aperture.guard;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/** The size checks on what functions build and read. */
final class Sizes {
    private static final double DIGITS_PER_BIT = Math.log10(2);

    private Sizes() {}

    /** A function's result: strings and IRIs within the string limit, numbers within the digit limit. */
    static void checkResult(String function, NodeValue value, Limits limits) {
        if (value.isInteger()) {
            if (digits(value.getInteger()) > limits.maxDigits()) {
                throw Failures.tooManyDigits(function, limits.maxDigits());
            }
        } else if (value.isDecimal()) {
            BigDecimal d = value.getDecimal();
            if (digits(d.unscaledValue()) > limits.maxDigits() || Math.abs((long) d.scale()) > limits.maxDigits()) {
                throw Failures.tooManyDigits(function, limits.maxDigits());
            }
        } else if (length(value) > limits.maxStringLength()) {
            throw Failures.tooLong(function, limits.maxStringLength());
        }
    }

    /** Arguments a function joins into one string: their lengths, plus {@code extra}, within the string limit. */
    static void checkJoined(String function, List<NodeValue> args, long extra, Limits limits) {
        long total = extra;
        for (NodeValue arg : args) {
            total += length(arg);
        }
        if (total > limits.maxStringLength()) {
            throw Failures.tooLong(function, limits.maxStringLength());
        }
    }

    /**
     * Text a function reads as a number, date or duration (a cast, STRDT): Java reads long numerals in
     * quadratic time (a million digits take most of a minute), so such text is held to the digit limit.
     */
    static void checkParsedText(String function, NodeValue text, RDFDatatype datatype, Limits limits) {
        if (datatype instanceof XSDDatatype xsd && (XSDFuncOp.isNumericDatatype(xsd) || XSDFuncOp.isTemporalDatatype(xsd)
                || XSDFuncOp.isDurationDatatype(xsd)) && length(text) > limits.maxDigits()) {
            throw Failures.overLimit(function, "a text of length", length(text), limits.maxDigits());
        }
    }

    static long digits(BigInteger n) {
        return (long) (n.bitLength() * DIGITS_PER_BIT) + 1;
    }

    /** The length of a literal's lexical form or of an IRI; 0 for blank nodes and triple terms. */
    static long length(NodeValue value) {
        if (value.isString()) {
            return value.getString().length();
        }
        Node node = value.asNode();
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm().length();
        }
        return node.isURI() ? node.getURI().length() : 0;
    }
}
