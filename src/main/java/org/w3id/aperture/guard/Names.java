package org.w3id.aperture.guard;

import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.vocabulary.ListPFunction;

/** Functions as SPARQL writes them, for messages: {@code REPLACE}, {@code fn:format-number}, {@code operator /}. */
final class Names {
    static final String FN = ARQConstants.fnPrefix;
    static final String MATH = ARQConstants.mathPrefix;
    static final String XSD = XSDDatatype.XSD + "#";
    static final String AFN = ARQConstants.ARQFunctionLibraryURI;
    private static final Map<String, String> PREFIXES = Map.of(FN, "fn:", MATH, "math:", XSD, "xsd:", AFN, "afn:",
            ARQConstants.ARQPropertyFunctionLibraryURI, "apf:", ListPFunction.NS, "list:");

    private Names() {}

    static String of(ExprFunction function) {
        if (function instanceof E_Function call) {
            return iri(call.getFunctionIRI());
        }
        if (function.getOpName() != null) {
            return "operator " + function.getOpName();
        }
        return function.getFunctionSymbol().getSymbol().toUpperCase(Locale.ROOT);
    }

    /** {@code fn:concat} for the standard libraries' IRIs, {@code <...>} for any other. */
    static String iri(String iri) {
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            String local = iri.substring(Math.min(iri.length(), prefix.getKey().length()));
            if (iri.startsWith(prefix.getKey()) && local.matches("[\\w.-]+")) {
                return prefix.getValue() + local;
            }
        }
        return "<" + iri + ">";
    }
}
