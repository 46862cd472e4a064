package org.w3id.aperture.upstream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.irix.IRIs;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.w3id.aperture.vocab.Slugs;
import org.w3id.aperture.vocab.Taxonomy;

/**
 * Reads one model file of the authors' format and checks it strictly. The YAML is composed into
 * nodes first, so that each component's value keeps the line it is written on.
 */
public final class UpstreamReader {
    private static final String FENCE = "---";
    /** The front matter starts on the file's second line; YAML marks count lines from 0. */
    private static final int FIRST_LINE = 2;
    private static final Set<String> MODEL_KEYS =
            Set.of("title", "link", "release", "training", "evaluation", "deployment");
    private static final Set<String> CELL_KEYS = Set.of("value", "license");

    private final Taxonomy taxonomy;

    public UpstreamReader(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The front matter as YAML nodes (for lines) and as the maps and scalars they construct. */
    private record FrontMatter(Node node, Map<String, Object> root) {}

    public UpstreamModel read(Path file) {
        FrontMatter front = frontMatter(file);
        Map<String, Object> root = front.root();
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
            cells.add(cell(file, front, component));
        }
        checkNoExtraComponents(file, root);
        return new UpstreamModel(file, slugOf(file), title, link, year, month, List.copyOf(cells));
    }

    static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return Slugs.of(name.endsWith(".md") ? name.substring(0, name.length() - 3) : name);
    }

    private FrontMatter frontMatter(Path file) {
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
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
        Optional<Node> node;
        Object parsed;
        try {
            node = new Compose(settings).composeString(yaml);
            parsed = new StandardConstructor(settings).constructSingleDocument(node);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + FIRST_LINE).orElse(0);
            throw new ImportException(file, line, "malformed YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ImportException(file, "malformed YAML: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new ImportException(file, FIRST_LINE, "front matter is not a YAML mapping");
        }
        return new FrontMatter(node.orElseThrow(), cast(parsed));
    }

    private UpstreamModel.Cell cell(Path file, FrontMatter front, Taxonomy.Component component) {
        String key = component.upstreamKey();
        String[] path = key.split("\\.");
        Map<String, Object> node = front.root();
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
        int line = valueLine(front.node(), path);
        String notation = notation(file, line, key, component.kind(), node.get("value"));
        String license = node.containsKey("license") ? scalar(file, node.get("license"), key + ".license") : null;
        if (license != null && notation.equals("Unknown")) {
            return new UpstreamModel.Cell(component, notation, null, license, line);
        }
        if (license != null && (notation.equals("N/A") || notation.endsWith("1"))) {
            throw new ImportException(file, line, key + ": license '" + license + "' given for " + notation
                    + ", which is not a released level");
        }
        return new UpstreamModel.Cell(component, notation, license, null, line);
    }

    /** The file line of the value under a component's path, which the map walk has already found. */
    private static int valueLine(Node root, String[] path) {
        Node node = root;
        for (String part : path) {
            node = child(node, part);
        }
        return child(node, "value").getStartMark().orElseThrow().getLine() + FIRST_LINE;
    }

    private static Node child(Node mapping, String key) {
        return ((MappingNode) mapping).getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .map(NodeTuple::getValueNode).findFirst().orElseThrow();
    }

    private String notation(Path file, int line, String key, String kind, Object value) {
        if (value instanceof Integer level && level >= 1 && level <= 5) {
            return taxonomy.level(kind, level).orElseThrow(() -> new ImportException(
                    file, line, key + ": the ontology has no level of rank " + level + " for the kind " + kind));
        }
        if ("N/A".equals(value) || "Unknown".equals(value)) {
            return (String) value;
        }
        throw new ImportException(file, line, key + ": value '" + value + "' is not 1..5, N/A or Unknown");
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
