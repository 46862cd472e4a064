package org.w3id.aperture.osai;

/** One dimension of an index's scheme: its YAML key (skos:notation) and its concept IRI. */
record Dimension(String key, String iri) {
    /** The last segment of the concept IRI, which ends the IRI of an assessment on this dimension. */
    String slug() {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
