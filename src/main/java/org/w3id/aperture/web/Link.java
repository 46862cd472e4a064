package org.w3id.aperture.web;

/** A resource to link to: its IRI and its label. */
public record Link(String iri, String label) {}
