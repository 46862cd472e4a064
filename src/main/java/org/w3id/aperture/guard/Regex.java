package org.w3id.aperture.guard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * REGEX, REPLACE, {@code fn:matches} and {@code fn:replace} with Jena's semantics (its pattern flags, its
 * treatment of empty matches, Java's replacement syntax), matched over {@link DeadlineText} so that no pattern
 * runs past the query's deadline, and with REPLACE's result held to the string limit as it grows.
 */
final class Regex {
    private Regex() {}

    /** REGEX(text, pattern[, flags]) and fn:matches. */
    static Bounded.Call matches(String function) {
        Patterns patterns = new Patterns(function);
        return (args, env) -> {
            arity(function, args, 2, 3);
            Node text = NodeValueOps.checkAndGetStringLiteral(function, args.get(0));
            String pattern = plainString(function, args.get(1));
            String flags = args.size() == 3 ? plainString(function, args.get(2)) : null;
            Matcher matcher = patterns.get(pattern, flags).matcher(new DeadlineText(text.getLiteralLexicalForm(), env));
            return NodeValue.booleanReturn(matcher.find());
        };
    }

    /** REPLACE(text, pattern, replacement[, flags]) and fn:replace. */
    static Bounded.Call replace(String function, int maxLength) {
        Patterns patterns = new Patterns(function);
        return (args, env) -> {
            arity(function, args, 3, 4);
            Node text = NodeValueOps.checkAndGetStringLiteral(function, args.get(0));
            String pattern = lexicalForm(function, args.get(1));
            String replacement = lexicalForm(function, args.get(2));
            String flags = args.size() == 4 ? lexicalForm(function, args.get(3)) : null;
            String input = text.getLiteralLexicalForm();
            Matcher matcher = patterns.get(pattern, flags).matcher(new DeadlineText(input, env));
            String result = replaceAll(function, matcher, replacement, maxLength);
            if (result == null || result.equals(input)) {
                return args.get(0);
            }
            return NodeValue.makeNode(NodeFactory.createLiteral(result, text.getLiteralLanguage(), text.getLiteralDatatype()));
        };
    }

    /** As Jena: the first match is replaced even if empty, later empty matches are not; null if none matched. */
    private static String replaceAll(String function, Matcher matcher, String replacement, int maxLength) {
        StringBuilder out = null;
        while (matcher.find()) {
            if (out == null) {
                out = new StringBuilder();
            } else if (matcher.start() == matcher.end()) {
                continue;
            }
            try {
                matcher.appendReplacement(out, replacement);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new QueryPolicyException(function + " failed: " + replacementProblem(e));
            }
            if (out.length() > maxLength) {
                throw Failures.tooLong(function, maxLength);
            }
        }
        if (out == null) {
            return null;
        }
        matcher.appendTail(out);
        if (out.length() > maxLength) {
            throw Failures.tooLong(function, maxLength);
        }
        return out.toString();
    }

    private static String replacementProblem(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("No group with name")) {
            return "no group named " + message.substring("No group with name ".length()) + " in the pattern";
        }
        if (message.startsWith("No group ")) {
            return "no group " + message.substring("No group ".length()) + " in the pattern";
        }
        if (message.contains("character to be escaped is missing")) {
            return "the replacement ends with a backslash that escapes nothing";
        }
        return "the replacement is not valid: \"$\" must be followed by a group number or {name}, "
                + "\"\\\" by the character it escapes";
    }

    private static void arity(String function, List<NodeValue> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new ExprEvalException(function + ": wrong number of arguments");
        }
    }

    private static String plainString(String function, NodeValue value) {
        if (!value.isString()) {
            throw new ExprEvalException(function + ": not a string: " + value);
        }
        return value.getString();
    }

    private static String lexicalForm(String function, NodeValue value) {
        return NodeValueOps.checkAndGetStringLiteral(function, value).getLiteralLexicalForm();
    }

    /** The last pattern compiled, kept: a query's patterns are nearly always constants. */
    private static final class Patterns {
        private final String function;
        private String pattern;
        private String flags;
        private Pattern compiled;

        Patterns(String function) {
            this.function = function;
        }

        synchronized Pattern get(String pattern, String flags) {
            if (compiled == null || !pattern.equals(this.pattern) || !java.util.Objects.equals(flags, this.flags)) {
                compiled = RegexEngine.makePattern(function, pattern, flags);
                this.pattern = pattern;
                this.flags = flags;
            }
            return compiled;
        }
    }
}
