package org.w3id.aperture.upstream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.irix.IRIs;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.w3id.aperture.vocab.Slugs;
import org.w3id.aperture.vocab.Taxonomy;

/** Reads one model file of the authors' format and checks it strictly. */
public final class UpstreamReader {
    private static final String FENCE = "---";
    private static final Set<String> MODEL_KEYS =
            Set.of("title", "link", "release", "training", "evaluation", "deployment");
    private static final Set<String> CELL_KEYS = Set.of("value", "license");

    private final Taxonomy taxonomy;

    public UpstreamReader(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public UpstreamModel read(Path file) {
        Map<String, Object> root = frontMatter(file);
        for (String key : root.keySet()) {
            if (!MODEL_KEYS.contains(key)) {
                throw new ImportException(file, "unexpected top-level key '" + key + "'; expected " + MODEL_KEYS);
            }
        }
        String title = text(file, root, "title");
        String link = text(file, root, "link");
        if (!IRIs.check(link) || !link.matches("https?://\\S+")) {
            throw new ImportException(file, "link '" + link + "' is not an absolute http(s) IRI");
        }
        Map<String, Object> release = map(file, root, "release", "release");
        int year = integer(file, release, "year", "release.year", 1900, 2999);
        int month = integer(file, release, "month", "release.month", 1, 12);
        List<UpstreamModel.Cell> cells = new ArrayList<>();
        for (Taxonomy.Component component : taxonomy.components()) {
            cells.add(cell(file, root, component));
        }
        checkNoExtraComponents(file, root);
        return new UpstreamModel(file, slugOf(file), title, link, year, month, List.copyOf(cells));
    }

    static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return Slugs.of(name.endsWith(".md") ? name.substring(0, name.length() - 3) : name);
    }

    private Map<String, Object> frontMatter(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage());
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            throw new ImportException(file, 1, "no YAML front matter: the first line must be '---'");
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals(FENCE)) {
            end++;
        }
        if (end == lines.size()) {
            throw new ImportException(file, lines.size(), "front matter is not closed by a '---' line");
        }
        String yaml = String.join("\n", lines.subList(1, end));
        Object parsed;
        try {
            parsed = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(0);
            throw new ImportException(file, line, "malformed YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ImportException(file, "malformed YAML: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new ImportException(file, 2, "front matter is not a YAML mapping");
        }
        return cast(parsed);
    }

    private UpstreamModel.Cell cell(Path file, Map<String, Object> root, Taxonomy.Component component) {
        String key = component.upstreamKey();
        String[] path = key.split("\\.");
        Map<String, Object> node = root;
        for (int i = 0; i < path.length; i++) {
            String where = String.join(".", List.of(path).subList(0, i + 1));
            if (!node.containsKey(path[i])) {
                throw new ImportException(file, "missing component " + key + " (no '" + where + "')");
            }
            node = map(file, node, path[i], where);
        }
        for (String cellKey : node.keySet()) {
            if (!CELL_KEYS.contains(cellKey)) {
                throw new ImportException(file, key + ": unexpected key '" + cellKey + "'; expected value and license");
            }
        }
        if (!node.containsKey("value")) {
            throw new ImportException(file, key + ": missing value");
        }
        String notation = notation(file, key, component.kind(), node.get("value"));
        String license = node.containsKey("license") ? scalar(file, node.get("license"), key + ".license") : null;
        if (license != null && notation.equals("Unknown")) {
            return new UpstreamModel.Cell(component, notation, null, license);
        }
        if (license != null && (notation.equals("N/A") || notation.endsWith("1"))) {
            throw new ImportException(file, key + ": license '" + license + "' given for " + notation
                    + ", which is not a released level");
        }
        return new UpstreamModel.Cell(component, notation, license, null);
    }

    private String notation(Path file, String key, String kind, Object value) {
        if (value instanceof Integer level && level >= 1 && level <= 5) {
            String notation = (kind.equals("code") ? "C" : "D") + level;
            return taxonomy.value(notation).map(iri -> notation).orElseThrow(() -> new ImportException(
                    file, key + ": the ontology has no openness value " + notation));
        }
        if ("N/A".equals(value) || "Unknown".equals(value)) {
            return (String) value;
        }
        throw new ImportException(file, key + ": value '" + value + "' is not 1..5, N/A or Unknown");
    }

    private void checkNoExtraComponents(Path file, Map<String, Object> root) {
        Set<String> known = new HashSet<>();
        taxonomy.components().forEach(c -> known.add(c.upstreamKey()));
        for (String stage : List.of("training", "evaluation", "deployment")) {
            Map<String, Object> kinds = map(file, root, stage, stage);
            for (String kind : kinds.keySet()) {
                for (String part : map(file, kinds, kind, stage + "." + kind).keySet()) {
                    String key = stage + "." + kind + "." + part;
                    if (!known.contains(key)) {
                        throw new ImportException(file, "unknown component " + key);
                    }
                }
            }
        }
    }

    private static String text(Path file, Map<String, Object> node, String key) {
        if (!node.containsKey(key)) {
            throw new ImportException(file, "missing " + key);
        }
        return scalar(file, node.get(key), key);
    }

    private static String scalar(Path file, Object value, String where) {
        if (value instanceof Map<?, ?> || value instanceof List<?> || value == null) {
            throw new ImportException(file, where + ": expected a text, got " + (value == null ? "nothing" : "a structure"));
        }
        String text = String.valueOf(value).strip();
        if (text.isEmpty()) {
            throw new ImportException(file, where + ": is empty");
        }
        return text;
    }

    private static int integer(Path file, Map<String, Object> node, String key, String where, int min, int max) {
        Object value = node.get(key);
        if (!(value instanceof Integer number) || number < min || number > max) {
            throw new ImportException(file, where + ": '" + value + "' is not an integer in " + min + ".." + max);
        }
        return number;
    }

    private static Map<String, Object> map(Path file, Map<String, Object> node, String key, String where) {
        Object value = node.get(key);
        if (!(value instanceof Map<?, ?>)) {
            throw new ImportException(file, where + ": expected a mapping, got " + (value == null ? "nothing" : "'" + value + "'"));
        }
        return cast(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }
}
