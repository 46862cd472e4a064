package org.w3id.aperture.web.core;

/** A resource to link to: its IRI and its label. */
public record Link(String iri, String label) {}
