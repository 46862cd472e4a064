package org.w3id.aperture.guard;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggFoldList;
import org.apache.jena.sparql.expr.aggregate.AggFoldMap;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.MappedLoader;
import org.apache.jena.sparql.vocabulary.ListPFunction;
import org.apache.jena.vocabulary.RDFS;

/**
 * The functions and property functions a visitor's query may call, the static check that it calls no
 * other, and registries holding only these, which the policy puts in the dataset's context so that no
 * IRI can make Jena load a class by name ({@code <java:...>}, {@code apf:...}).
 *
 * <p>Functions: every function Jena registers under {@code fn:}, {@code math:} and {@code xsd:} (the
 * casts) except {@code fn:apply}, which calls a function chosen as the query runs, and the pure functions
 * of {@code afn:} listed in {@link #AFN_FUNCTIONS}. Left out of {@code afn:}: {@code wait} (sleeps),
 * {@code eval} (runs an expression built at run time), {@code print} (writes to the server's log),
 * {@code context}, {@code version} and {@code execTime} (report on the server), the {@code sparql:}
 * namespace (the keyword functions again, REGEX and REPLACE among them), scripts, the CDT and Leviathan
 * libraries. Property functions: {@code rdfs:member} and {@code list:member}, {@code list:index},
 * {@code list:length}; not {@code apf:strSplit} and the rest of {@code apf:}.
 */
final class AllowList {
    private static final Set<String> LIBRARIES = Set.of(Names.FN, Names.MATH, Names.XSD);
    private static final Set<String> EXCLUDED = Set.of(Names.FN + "apply");
    private static final Set<String> AFN_FUNCTIONS = Set.of("adjust-to-timezone", "bnode", "collation", "date", "e",
            "evenInteger", "langeq", "localname", "max", "min", "namespace", "now", "nowtz", "pi", "sha1sum", "sprintf",
            "sqrt", "strjoin", "strlen", "struuid", "substr", "substring", "system-timezone", "timezone", "uuid");
    private static final Set<String> PROPERTY_FUNCTIONS = Set.of(RDFS.member.getURI(), ListPFunction.member.getURI(),
            ListPFunction.index.getURI(), ListPFunction.length.getURI());
    private static final String FUNCTIONS_ALLOWED = "only Jena's standard functions are: fn:, math:, xsd: casts and most of afn:";

    private static final FunctionRegistry FUNCTIONS = functionRegistry();
    private static final PropertyFunctionRegistry PROPERTY_FUNCTION_REGISTRY = propertyFunctionRegistry();

    private AllowList() {}

    static FunctionRegistry functions() {
        return FUNCTIONS;
    }

    static PropertyFunctionRegistry propertyFunctions() {
        return PROPERTY_FUNCTION_REGISTRY;
    }

    /** Why this node of a query's algebra (see {@link AlgebraWalk}) calls what it must not, or empty. */
    static Optional<String> problem(Object node) {
        if (node instanceof E_Function call && !FUNCTIONS.isRegistered(call.getFunctionIRI())) {
            return Optional.of("the function " + Names.iri(call.getFunctionIRI()) + " is not allowed ("
                    + FUNCTIONS_ALLOWED + ")");
        }
        if (node instanceof E_Call) {
            return Optional.of("CALL is not allowed: it chooses its function as the query runs (" + FUNCTIONS_ALLOWED + ")");
        }
        if (node instanceof ExprAggregator aggregate
                && (aggregate.getAggregator() instanceof AggFoldList || aggregate.getAggregator() instanceof AggFoldMap)) {
            return Optional.of("FOLD is not allowed: it builds a list of any size");
        }
        return predicates(node).stream()
                .filter(p -> p.isURI() && isPropertyFunction(p.getURI()) && !PROPERTY_FUNCTIONS.contains(p.getURI()))
                .findFirst()
                .map(p -> "the property function " + Names.iri(p.getURI()) + " is not allowed "
                        + "(only rdfs:member, list:member, list:index and list:length are)");
    }

    private static List<Node> predicates(Object node) {
        if (node instanceof OpBGP bgp) {
            return bgp.getPattern().getList().stream().map(Triple::getPredicate).toList();
        }
        if (node instanceof OpTriple triple) {
            return List.of(triple.getTriple().getPredicate());
        }
        if (node instanceof OpQuadPattern quads) {
            return quads.getPattern().getList().stream().map(Quad::getPredicate).toList();
        }
        if (node instanceof OpPropFunc call) {
            return List.of(call.getProperty());
        }
        return List.of();
    }

    /** Registered as one, or named so that Jena would look for a class ({@code java:}, {@code apf:}, ...). */
    private static boolean isPropertyFunction(String iri) {
        return PropertyFunctionRegistry.get().isRegistered(iri) || MappedLoader.mapDynamicURI(iri) != null;
    }

    private static FunctionRegistry functionRegistry() {
        FunctionRegistry standard = FunctionRegistry.get();
        FunctionRegistry allowed = new Closed();
        standard.keys().forEachRemaining(iri -> {
            if (LIBRARIES.stream().anyMatch(library -> isIn(iri, library)) && !EXCLUDED.contains(iri)) {
                allowed.put(iri, standard.get(iri));
            }
        });
        for (String name : AFN_FUNCTIONS) {
            FunctionFactory factory = standard.get(Names.AFN + name);
            if (factory == null) {
                throw new IllegalStateException("Jena has no function afn:" + name);
            }
            allowed.put(Names.AFN + name, factory);
        }
        return allowed;
    }

    private static boolean isIn(String iri, String namespace) {
        return iri.startsWith(namespace) && iri.indexOf('#', namespace.length()) < 0 && iri.indexOf('/', namespace.length()) < 0;
    }

    private static PropertyFunctionRegistry propertyFunctionRegistry() {
        PropertyFunctionRegistry allowed = new ClosedProperties();
        for (String iri : PROPERTY_FUNCTIONS) {
            PropertyFunctionFactory factory = PropertyFunctionRegistry.get().get(iri);
            allowed.put(iri, factory);
        }
        return allowed;
    }

    /** Holds only what was put in; never loads a class named by an IRI. */
    private static final class Closed extends FunctionRegistry {
        @Override
        public FunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }

    /** Holds only what was put in; never loads a class named by an IRI. */
    private static final class ClosedProperties extends PropertyFunctionRegistry {
        @Override
        public boolean manages(String uri) {
            return isRegistered(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }
}
