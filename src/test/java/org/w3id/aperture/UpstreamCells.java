package org.w3id.aperture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The cells of the authors' files, read independently of the importer: a plain YAML load of
 * each front matter and a walk over every stage, kind and component found there.
 */
public final class UpstreamCells {
    /** One cell as the upstream file writes it; {@code license} is the raw license field (a hint under Unknown). */
    public record Cell(String title, String year, String month, String key, String value, String license) {
        /** The notation the cell should have: C or D by the key's kind for levels 1..5. */
        public String notation() {
            if (value.matches("[1-5]")) {
                return (key.contains(".code.") ? "C" : "D") + value;
            }
            return value;
        }

        public boolean inPaper() {
            return Integer.parseInt(year) <= 2023;
        }
    }

    private UpstreamCells() {}

    public static List<Cell> read(Path upstream) {
        List<Cell> cells = new ArrayList<>();
        try (Stream<Path> files = Files.list(upstream.resolve("_llms"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                String yaml = text.split("(?m)^---\\s*$")[1];
                Map<?, ?> root = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
                Map<?, ?> release = (Map<?, ?>) root.get("release");
                for (String stage : List.of("training", "evaluation", "deployment")) {
                    Map<?, ?> kinds = (Map<?, ?>) root.get(stage);
                    kinds.forEach((kind, parts) -> ((Map<?, ?>) parts).forEach((part, cell) -> {
                        Map<?, ?> c = (Map<?, ?>) cell;
                        cells.add(new Cell(String.valueOf(root.get("title")), String.valueOf(release.get("year")),
                                String.valueOf(release.get("month")), stage + "." + kind + "." + part,
                                String.valueOf(c.get("value")), c.get("license") == null ? null : String.valueOf(c.get("license"))));
                    }));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }
}
