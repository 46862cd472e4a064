package org.w3id.aperture.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's cells laid out as the paper's Figure 1: one box per pipeline stage (training, evaluation, deployment),
 * code components above data components, each row in pipeline order.
 */
public record Pipeline(List<Stage> stages) {
    /** One stage: its code row and its data row, padded to the same width so data sits under the code it feeds. */
    public record Stage(String iri, String label, int columns, List<Slot> code, List<Slot> data) {}

    /** One component and the model's cell for it (null when the model has no assessment of it). */
    public record Slot(Matrix.Component component, Matrix.Cell cell) {}

    static Pipeline of(Matrix matrix, Matrix.Row row) {
        Map<String, List<Slot>> code = new LinkedHashMap<>();
        Map<String, List<Slot>> data = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Matrix.Component c : matrix.components()) {
            Matrix.Cell cell = row.cells().stream().filter(x -> x.component().equals(c.iri())).findFirst().orElse(null);
            labels.putIfAbsent(c.stage(), c.stageLabel());
            (c.kind().equals("code") ? code : data).computeIfAbsent(c.stage(), k -> new ArrayList<>()).add(new Slot(c, cell));
            (c.kind().equals("code") ? data : code).computeIfAbsent(c.stage(), k -> new ArrayList<>());
        }
        List<Stage> stages = new ArrayList<>();
        labels.forEach((stage, label) -> stages.add(new Stage(stage, label,
                Math.max(code.get(stage).size(), data.get(stage).size()), code.get(stage), data.get(stage))));
        return new Pipeline(stages);
    }
}
