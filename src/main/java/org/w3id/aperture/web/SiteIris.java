package org.w3id.aperture.web;

import java.util.Optional;

/**
 * Maps the IRIs of the graph onto paths of this server and back: {@code BASE + "model/llama-2"} is served at
 * {@code /model/llama-2}, ontology term {@code NS + "Model"} at {@code /def/Model} and the ontology itself at
 * {@code /ontology}. Links in pages are root-relative, so they stay on whatever host serves them.
 */
public final class SiteIris {
    static final String TERM_PATH = "/def/";
    static final String ONTOLOGY_PATH = "/ontology";

    private final String base;
    private final String namespace;
    private final String ontology;

    /** @param base the IRI prefix of resources, ending in {@code /}, e.g. {@code https://w3id.org/aperture/} */
    public SiteIris(String base) {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("the base IRI must end with '/': " + base);
        }
        this.base = base;
        this.ontology = base.substring(0, base.length() - 1);
        this.namespace = ontology + "#";
    }

    public String base() {
        return base;
    }

    public String namespace() {
        return namespace;
    }

    public String ontology() {
        return ontology;
    }

    /** The local path of an IRI of this graph, or empty for an IRI elsewhere. */
    public Optional<String> localPath(String iri) {
        if (iri.equals(ontology)) {
            return Optional.of(ONTOLOGY_PATH);
        }
        if (iri.startsWith(namespace) && iri.length() > namespace.length()) {
            return Optional.of(TERM_PATH + iri.substring(namespace.length()));
        }
        if (iri.startsWith(base) && iri.length() > base.length()) {
            return Optional.of("/" + iri.substring(base.length()));
        }
        return Optional.empty();
    }

    /** Where a link to the IRI should point: its local path, or the IRI itself when it is not ours. */
    public String href(String iri) {
        return localPath(iri).orElse(iri);
    }

    /** The IRI a local path stands for; the path is already checked by {@link SafePaths}. */
    public String iriOf(String path) {
        if (path.equals(ONTOLOGY_PATH)) {
            return ontology;
        }
        if (path.startsWith(TERM_PATH)) {
            return namespace + path.substring(TERM_PATH.length());
        }
        return base + path.substring(1);
    }
}
