package org.w3id.aperture.mot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.w3id.aperture.upstream.ImportException;

/** The 17 MOF components of MOT's mof.settings.yml, in the file's order. */
public final class MofSettings {
    public static final String FILE = "mof.settings.yml";
    private static final Set<String> CONTENT_TYPES = Set.of("code", "data", "document");
    private static final Set<String> COMPONENT_KEYS =
            Set.of("id", "name", "description", "tooltip", "content_type", "class", "weight", "required");

    private final List<MofComponent> components;
    private final Map<String, MofComponent> byName = new HashMap<>();
    private final Map<Integer, MofComponent> byId = new HashMap<>();

    private MofSettings(List<MofComponent> components) {
        this.components = List.copyOf(components);
        components.forEach(c -> {
            byName.put(c.name(), c);
            byId.put(c.id(), c);
        });
    }

    /** Reads the settings file of a folder (MOT's {@code mof/} folder as vendored). */
    public static MofSettings read(Path mofFolder) {
        Path file = mofFolder.resolve(FILE);
        YamlNodes.Document doc = YamlNodes.parse(file);
        YamlNodes yaml = doc.reader();
        Map<String, Node> root = yaml.mapping(doc.root(), "settings", Set.of("components"));
        List<MofComponent> components = new ArrayList<>();
        Map<Integer, Integer> idLines = new HashMap<>();
        Map<String, Integer> nameLines = new HashMap<>();
        for (Node node : yaml.sequence(yaml.required(root, doc.root(), "components", "settings"), "components")) {
            Map<String, Node> entry = yaml.mapping(node, "component", COMPONENT_KEYS);
            int id = yaml.integer(yaml.required(entry, node, "id", "component"), "id");
            String name = text(yaml, entry, node, "name");
            String type = text(yaml, entry, node, "content_type");
            if (!CONTENT_TYPES.contains(type)) {
                throw yaml.error(entry.get("content_type"), name + ": content_type '" + type + "' is not code, data or document");
            }
            int mofClass = yaml.integer(yaml.required(entry, node, "class", "component"), "class");
            if (mofClass < 1 || mofClass > 3) {
                throw yaml.error(entry.get("class"), name + ": class " + mofClass + " is not 1, 2 or 3");
            }
            boolean required = yaml.bool(yaml.required(entry, node, "required", "component"), "required");
            Integer seenId = idLines.putIfAbsent(id, YamlNodes.line(node));
            Integer seenName = nameLines.putIfAbsent(name, YamlNodes.line(node));
            if (seenId != null || seenName != null) {
                throw yaml.error(node, "component " + id + " '" + name + "' repeats the id or name of line "
                        + (seenId != null ? seenId : seenName));
            }
            components.add(new MofComponent(id, name, text(yaml, entry, node, "description"), type, mofClass, required));
        }
        if (components.size() != 17) {
            throw new ImportException(file, "expected the 17 MOF components, found " + components.size());
        }
        return new MofSettings(components);
    }

    private static String text(YamlNodes yaml, Map<String, Node> entry, Node node, String key) {
        MotRecord.Value value = yaml.text(yaml.required(entry, node, key, "component"), key);
        if (!value.hasText()) {
            throw yaml.error(node, "component: empty '" + key + "'");
        }
        return value.text();
    }

    public List<MofComponent> components() {
        return components;
    }

    /** The component of exactly this name (MOT compares names as they are, case included). */
    public Optional<MofComponent> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public MofComponent byId(int id) {
        MofComponent c = byId.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no MOF component " + id);
        }
        return c;
    }

    /** The ids of the components a class requires (or lists as optional), in the file's order. */
    public List<Integer> ids(int mofClass, boolean required) {
        return components.stream().filter(c -> c.mofClass() == mofClass && c.required() == required)
                .map(MofComponent::id).toList();
    }
}
