package org.w3id.aperture.vocab;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.shared.PrefixMapping;

/**
 * The one map of prefixes of the project: the vocabularies it uses, its ontology and shapes, and one prefix
 * per kind of resource ({@code model:} for {@code https://w3id.org/aperture/model/}). Served Turtle, page
 * names, queries, shape reports and written files all take their prefixes from here.
 */
public final class Prefixes {
    /** The kinds of resource that get a prefix of their own. */
    private static final String[] KINDS = {"model", "assessment", "component", "level", "license", "org", "set",
            "source", "finding", "stage", "kind", "tier", "restrictiveness", "scheme"};

    /** The vocabularies only: resources keep their full IRIs (shape reports name them so). */
    public static final PrefixMapping VOCABULARIES = vocabularies().lock();
    /** The vocabularies and a prefix per kind of resource. */
    public static final PrefixMapping ALL = withKinds();

    private Prefixes() {}

    private static PrefixMapping withKinds() {
        PrefixMapping prefixes = vocabularies();
        for (String kind : KINDS) {
            prefixes.setNsPrefix(kind, Ap.BASE + kind + "/");
        }
        return prefixes.lock();
    }

    private static PrefixMapping vocabularies() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("ap", Ap.NS)
                .setNsPrefix("apsh", "https://w3id.org/aperture/shapes#")
                .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
                .setNsPrefix("void", "http://rdfs.org/ns/void#")
                .setNsPrefix("schema", "https://schema.org/")
                .setNsPrefix("vann", "http://purl.org/vocab/vann/")
                .setNsPrefix("sssom", "https://w3id.org/sssom/");
    }

    /** SPARQL {@code PREFIX} lines for every prefix of the map. */
    public static String sparql() {
        return lines("PREFIX %s: <%s>%n", ALL.getNsPrefixMap());
    }

    /** Turtle {@code @prefix} lines for the named prefixes, in the order given. */
    public static String turtle(String... names) {
        StringBuilder header = new StringBuilder();
        for (String name : names) {
            String uri = ALL.getNsPrefixURI(name);
            if (uri == null) {
                throw new IllegalArgumentException("no prefix '" + name + "' in the project's map");
            }
            header.append("@prefix ").append(name).append(": <").append(uri).append("> .\n");
        }
        return header.toString();
    }

    private static String lines(String format, Map<String, String> prefixes) {
        return prefixes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> String.format(format, e.getKey(), e.getValue())).collect(Collectors.joining());
    }
}
