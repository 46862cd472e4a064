package org.w3id.aperture.mot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;

/**
 * Aperture's evaluator against MOT itself: MOT's own test records (Test_Data/ at the pinned commit)
 * and the class and progress MOT's REST API gave for them (expected_results.json), kept in
 * src/test/resources/mot-test-data/. Results and records are matched by release.name (some file
 * names were changed after the results were taken).
 */
class MotConformanceTest {
    private static final Path DATA = Fixtures.ROOT.resolve("src/test/resources/mot-test-data");

    @Test
    void everyTestRecordGetsMotsClassAndProgress() throws IOException {
        String text = Files.readString(DATA.resolve("expected_results.json"), StandardCharsets.UTF_8);
        JsonObject results = JSON.parse(text.replaceAll(",(\\s*[}\\]])", "$1"));
        MofSettings settings = MofSettings.read(MofEvaluatorTest.MOF);
        MofEvaluator evaluator = new MofEvaluator(settings, MotLicenses.read(MofEvaluatorTest.MOF));
        MotReader reader = new MotReader(settings);

        Map<String, MotRecord> byName = new TreeMap<>();
        try (var files = Files.list(DATA)) {
            files.filter(f -> f.toString().endsWith(".yml")).map(reader::read)
                    .forEach(r -> byName.put(r.release().name().text(), r));
        }
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        for (JsonValue model : results.get("models").getAsArray()) {
            String name = model.getAsObject().get("release").getAsObject().get("name").getAsString().value();
            JsonObject classification = model.getAsObject().get("classification").getAsObject();
            JsonObject progress = classification.get("progress").getAsObject();
            expected.put(name, classification.get("class").getAsNumber().value().intValue()
                    + " " + round(progress, "1") + " " + round(progress, "2") + " " + round(progress, "3"));
            MofEvaluation e = evaluator.evaluate(byName.get(name));
            actual.put(name, e.mofClass() + " " + String.format("%.9f", e.progress(1)) + " "
                    + String.format("%.9f", e.progress(2)) + " " + String.format("%.9f", e.progress(3)));
        }
        assertEquals(27, expected.size(), "MOT's 27 test results");
        assertEquals(expected.keySet(), byName.keySet(), "one record file for each result, by release.name");
        assertEquals(expected, actual);
    }

    private static String round(JsonObject progress, String mofClass) {
        return String.format("%.9f", progress.get(mofClass).getAsNumber().value().doubleValue());
    }
}
