package org.w3id.aperture.web;

import java.util.List;

/** A resource page's content: what it is, what it says, what points at it, and the matrix cells and models about it. */
public record ResourceView(String iri, String label, List<Value> types, List<String> summaries,
                           List<Property> properties, List<Property> incoming, List<Matrix.Cell> cells,
                           List<Matrix.Row> models, Pipeline pipeline) {
    /** A value on a page: a link (href set, with its label as text) or a literal (with its language or datatype as note). */
    public record Value(String text, String href, boolean external, String note) {}

    /** One property with its values; {@code more} counts the values left out of a long list. */
    public record Property(Value predicate, List<Value> values, int more, String queryHref) {}
}
