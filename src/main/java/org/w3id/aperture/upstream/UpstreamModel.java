package org.w3id.aperture.upstream;

import java.nio.file.Path;
import java.util.List;
import org.w3id.aperture.vocab.Taxonomy;

/** One model as the authors' file states it, cells in the order of the 12 components. */
public record UpstreamModel(Path file, String slug, String title, String link, int year, int month,
                            List<Cell> cells) {

    /**
     * One (model, component) cell: {@code value} is the notation (C1..D5, N/A, Unknown);
     * {@code license} the license text as written, or null; {@code note} the hint the source
     * wrote in the license field under Unknown, or null; {@code line} the line of the file (from 1)
     * on which the value is written.
     */
    public record Cell(Taxonomy.Component component, String value, String license, String note, int line) {}

    public String releaseMonth() {
        return String.format("%04d-%02d", year, month);
    }
}
