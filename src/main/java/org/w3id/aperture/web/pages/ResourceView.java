package org.w3id.aperture.web.pages;

import java.util.List;
import org.w3id.aperture.web.core.Link;
import org.w3id.aperture.web.core.Value;

/**
 * A resource page's content: its human title and breadcrumb trail, what it is, what it says, what points at it,
 * the matrix cells and models about it, and the parts some kinds of resource open with: a model's summary card and
 * pipeline, a component's risks and benefits, a level's meaning and the cells the license rule puts there, an
 * assessment's own cell; the other frameworks' ratings of a model's aligned records, a framework record's own page
 * and a framework assessment's.
 */
public record ResourceView(String iri, String label, List<Link> trail, String description, List<Value> types,
                           List<String> summaries, List<Property> properties, List<Property> incoming,
                           List<Matrix.Cell> cells, List<Matrix.Cell> ruleCells, List<Matrix.Row> models, Pipeline pipeline,
                           ModelCard card, ComponentArgument argument, Levels.Level level, Matrix.Cell cell,
                           FrameworkSections frameworks, RecordPages.RecordPage record, RecordPages.RatingPage rating) {
    /** True for the pages that open with a summary of their own and fold the raw properties away. */
    public boolean foldsProperties() {
        return card != null || cell != null || record != null || rating != null;
    }

    /** One property with its values; {@code more} counts the values left out of a long list. */
    public record Property(Value predicate, List<Value> values, int more, String queryHref) {}
}
