package org.w3id.aperture.guard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;

/**
 * Java's regular expressions backtrack, and one match against a nested quantifier such as
 * {@code (a+)+} takes exponential time. So the endpoint refuses patterns of REGEX, REPLACE,
 * {@code fn:matches} and {@code fn:replace} that are not constants or that nest quantifiers; what
 * passes still runs against the query's deadline (see {@link Regex}).
 */
final class RegexGuard {
    private static final Set<String> PATTERN_FUNCTIONS = Set.of(Names.FN + "matches", Names.FN + "replace");

    private RegexGuard() {}

    /** Why this node of a query's algebra (see {@link AlgebraWalk}) has an unsafe pattern, or empty. */
    static Optional<String> problem(Object node) {
        boolean takesPattern = node instanceof E_Regex || node instanceof E_StrReplace
                || node instanceof E_Function call && PATTERN_FUNCTIONS.contains(call.getFunctionIRI());
        if (!takesPattern || !(node instanceof ExprFunction func) || func.numArgs() < 2) {
            return Optional.empty();
        }
        Expr pattern = func.getArg(2);
        if (!pattern.isConstant() || !pattern.getConstant().isString()) {
            return Optional.of("a regular expression (of REGEX, REPLACE, fn:matches, fn:replace) must be a constant string");
        }
        if (nestsQuantifiers(pattern.getConstant().getString())) {
            return Optional.of("the pattern \"" + pattern.getConstant().getString()
                    + "\" nests quantifiers, which can take exponential time");
        }
        return Optional.empty();
    }

    /**
     * True if a quantified group contains a quantifier, e.g. {@code (a+)+}, {@code (a|b*)*},
     * {@code (x{2,})+}: the shapes that make a backtracking matcher exponential.
     */
    static boolean nestsQuantifiers(String pattern) {
        Deque<Boolean> groupHasQuantifier = new ArrayDeque<>();
        boolean lastGroupHadQuantifier = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
                lastGroupHadQuantifier = false;
            } else if (c == '[') {
                while (i < pattern.length() && pattern.charAt(i) != ']') {
                    i += pattern.charAt(i) == '\\' ? 2 : 1;
                }
                lastGroupHadQuantifier = false;
            } else if (c == '(') {
                groupHasQuantifier.push(false);
            } else if (c == ')') {
                lastGroupHadQuantifier = !groupHasQuantifier.isEmpty() && groupHasQuantifier.pop();
                if (lastGroupHadQuantifier && !groupHasQuantifier.isEmpty()) {
                    groupHasQuantifier.pop();
                    groupHasQuantifier.push(true);
                }
                continue;
            } else if (c == '*' || c == '+' || c == '{') {
                if (lastGroupHadQuantifier) {
                    return true;
                }
                if (!groupHasQuantifier.isEmpty()) {
                    groupHasQuantifier.pop();
                    groupHasQuantifier.push(true);
                }
            }
            lastGroupHadQuantifier = false;
        }
        return false;
    }
}
