package org.w3id.aperture.web.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.aperture.web.core.Labels;

/**
 * A paper model's components beside what the other frameworks say of the mapped components and dimensions in
 * chosen aligned records: the paper's level, MOF's status, the indexes' class; each read on the three {@link Step}s
 * so that rows where they differ can be marked.
 */
public record CrossFramework(Matrix.Row model, List<Column> columns, List<Line> lines, int differing) {
    /** One aligned record shown as a column. */
    public record Column(Framework framework, RatedRecords.Record record, Alignments.Aligned aligned) {}

    /** What one column says of one paper component: each mapped component or dimension with its rating (null: not rated). */
    public record Mapped(Scheme.Dimension dimension, String match, RatedRecords.Rating rating, boolean differsFromPaper) {}

    /** One paper component across the columns; {@code differs} when the steps of its ratings are not all the same. */
    public record Line(Matrix.Component component, Matrix.Cell paper, Step paperStep, List<List<Mapped>> columns, boolean differs) {}

    static CrossFramework of(Matrix matrix, Crosswalk crosswalk, RatedRecords records, Matrix.Row model, List<Column> columns) {
        List<Line> lines = new ArrayList<>();
        for (Matrix.Component c : matrix.components()) {
            Matrix.Cell paper = model.cell(c.iri()).orElse(null);
            Step paperStep = paper == null ? null : step(paper);
            Set<Step> steps = new HashSet<>();
            if (paperStep != null) {
                steps.add(paperStep);
            }
            List<List<Mapped>> cells = new ArrayList<>();
            for (Column col : columns) {
                List<Mapped> mapped = new ArrayList<>();
                for (Crosswalk.Match m : crosswalk.of(c.iri(), col.framework())) {
                    Scheme.Dimension d = records.scheme(col.framework()).byIri(m.dimension()).orElse(null);
                    if (d == null) {
                        continue;
                    }
                    RatedRecords.Rating rating = col.record().rating(d.iri()).orElse(null);
                    Step s = rating == null ? null : rating.step();
                    if (s != null) {
                        steps.add(s);
                    }
                    mapped.add(new Mapped(d, m.words(), rating, s != null && paperStep != null && s != paperStep));
                }
                cells.add(List.copyOf(mapped));
            }
            lines.add(new Line(c, paper, paperStep, List.copyOf(cells), steps.size() > 1));
        }
        return new CrossFramework(model, List.copyOf(columns), List.copyOf(lines), (int) lines.stream().filter(Line::differs).count());
    }

    /** The paper's tiers: fully closed, semi-open (levels 2 to 4), fully open; N/A and Unknown are not compared. */
    static Step step(Matrix.Cell cell) {
        if (cell.tier() == null) {
            return null;
        }
        return switch (Labels.localName(cell.tier())) {
            case "fully-closed" -> Step.CLOSED;
            case "semi-open" -> Step.PARTIAL;
            case "fully-open" -> Step.OPEN;
            default -> null;
        };
    }
}
