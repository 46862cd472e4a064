package org.w3id.aperture.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the Aperture ontology ({@code ap:}) and the base of its resource IRIs. */
public final class Ap {
    public static final String NS = "https://w3id.org/aperture#";
    public static final String BASE = "https://w3id.org/aperture/";

    public static final Node Model = term("Model");
    public static final Node Component = term("Component");
    public static final Node upstreamKey = term("upstreamKey");
    public static final Node position = term("position");
    public static final Node kind = term("kind");

    private Ap() {}

    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    /** The IRI of a resource of the given kind, e.g. {@code resource("model", "llama-2")}. */
    public static String resource(String kind, String slug) {
        return BASE + kind + "/" + slug;
    }
}
