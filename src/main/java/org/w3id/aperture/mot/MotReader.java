package org.w3id.aperture.mot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one MOT model record (YAML) strictly: the structure of MOT's schema, every key known,
 * every value a text, each component named once. Values are kept as written; what is odd about
 * them (an unknown component name, an empty value) is for the importer to count, not an error.
 */
public final class MotReader {
    public static final String FRAMEWORK_NAME = "Model Openness Framework";
    private static final Set<String> ROOT_KEYS = Set.of("framework", "release");
    private static final Set<String> FRAMEWORK_KEYS = Set.of("name", "version", "date");
    private static final Set<String> RELEASE_KEYS = Set.of("name", "version", "date", "license", "type",
            "architecture", "treatment", "origin", "producer", "contact", "repository", "huggingface", "components");
    static final List<String> LICENSE_SCOPES = List.of("distribution", "code", "data", "document");
    private static final Set<String> LICENSE_KEYS = Set.of("name", "path");
    private static final Set<String> COMPONENT_KEYS =
            Set.of("name", "description", "license", "license_path", "component_path");

    private final MofSettings settings;

    public MotReader(MofSettings settings) {
        this.settings = settings;
    }

    public MotRecord read(Path file) {
        YamlNodes.Document doc = YamlNodes.parse(file);
        YamlNodes yaml = doc.reader();
        Map<String, Node> root = yaml.mapping(doc.root(), "the record", ROOT_KEYS);
        MotRecord.Framework framework = framework(yaml, yaml.required(root, doc.root(), "framework", "the record"));
        Node releaseNode = yaml.required(root, doc.root(), "release", "the record");
        return new MotRecord(file, YamlNodes.line(releaseNode), framework, release(yaml, releaseNode));
    }

    private static MotRecord.Framework framework(YamlNodes yaml, Node node) {
        Map<String, Node> entries = yaml.mapping(node, "framework", FRAMEWORK_KEYS);
        MotRecord.Value name = yaml.text(yaml.required(entries, node, "name", "framework"), "framework.name");
        if (!FRAMEWORK_NAME.equals(name.text())) {
            throw yaml.error(entries.get("name"), "framework.name '" + name.text() + "' is not '" + FRAMEWORK_NAME + "'");
        }
        MotRecord.Value version = yaml.text(yaml.required(entries, node, "version", "framework"), "framework.version");
        if (!version.hasText()) {
            throw yaml.error(entries.get("version"), "framework.version: is empty");
        }
        return new MotRecord.Framework(name, version,
                yaml.text(yaml.required(entries, node, "date", "framework"), "framework.date"));
    }

    private MotRecord.Release release(YamlNodes yaml, Node node) {
        Map<String, Node> e = yaml.mapping(node, "release", RELEASE_KEYS);
        MotRecord.Value name = yaml.text(yaml.required(e, node, "name", "release"), "release.name");
        if (!name.hasText()) {
            throw yaml.error(e.get("name"), "release.name: is empty");
        }
        Node license = yaml.required(e, node, "license", "release");
        yaml.required(e, node, "producer", "release");
        Node components = yaml.required(e, node, "components", "release");
        return new MotRecord.Release(name, optional(yaml, e, "version"), optional(yaml, e, "date"),
                optional(yaml, e, "type"), optional(yaml, e, "architecture"), optional(yaml, e, "treatment"),
                optional(yaml, e, "origin"), optional(yaml, e, "producer"), optional(yaml, e, "contact"),
                optional(yaml, e, "repository"), optional(yaml, e, "huggingface"),
                YamlNodes.line(license), licenses(yaml, license), components(yaml, components));
    }

    private static MotRecord.Value optional(YamlNodes yaml, Map<String, Node> entries, String key) {
        Node node = entries.get(key);
        return node == null ? null : yaml.text(node, "release." + key);
    }

    private static List<MotRecord.GlobalLicense> licenses(YamlNodes yaml, Node node) {
        Map<String, Node> scopes = yaml.mapping(node, "release.license", Set.copyOf(LICENSE_SCOPES));
        List<MotRecord.GlobalLicense> licenses = new ArrayList<>();
        for (Map.Entry<String, Node> scope : scopes.entrySet()) {
            String where = "release.license." + scope.getKey();
            Map<String, Node> entry = yaml.mapping(scope.getValue(), where, LICENSE_KEYS);
            licenses.add(new MotRecord.GlobalLicense(scope.getKey(),
                    entry.containsKey("name") ? yaml.text(entry.get("name"), where + ".name") : null,
                    entry.containsKey("path") ? yaml.text(entry.get("path"), where + ".path") : null,
                    YamlNodes.line(scope.getValue())));
        }
        return List.copyOf(licenses);
    }

    private List<MotRecord.ListedComponent> components(YamlNodes yaml, Node node) {
        List<MotRecord.ListedComponent> components = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Node item : yaml.sequence(node, "release.components")) {
            Map<String, Node> e = yaml.mapping(item, "release.components entry", COMPONENT_KEYS);
            MotRecord.Value name = yaml.text(yaml.required(e, item, "name", "release.components entry"),
                    "release.components name");
            if (!name.hasText()) {
                throw yaml.error(item, "release.components: a component without a name");
            }
            String where = "component '" + name.text() + "'";
            Integer first = lines.putIfAbsent(name.text(), YamlNodes.line(item));
            if (first != null) {
                throw yaml.error(item, where + " is listed twice (first on line " + first + ")");
            }
            components.add(new MotRecord.ListedComponent(name, text(yaml, e, "description", where),
                    text(yaml, e, "license", where), text(yaml, e, "license_path", where),
                    text(yaml, e, "component_path", where), YamlNodes.line(item),
                    settings.byName(name.text()).orElse(null)));
        }
        return List.copyOf(components);
    }

    private static MotRecord.Value text(YamlNodes yaml, Map<String, Node> entries, String key, String where) {
        Node node = entries.get(key);
        return node == null ? null : yaml.text(node, where + ": " + key);
    }
}
