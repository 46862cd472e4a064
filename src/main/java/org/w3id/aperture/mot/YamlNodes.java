package org.w3id.aperture.mot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.w3id.aperture.upstream.ImportException;

/**
 * Strict reading of one YAML file through snakeyaml-engine's node graph, so that every problem
 * names the file and the line of the node it is about.
 */
final class YamlNodes {
    private final Path file;

    private YamlNodes(Path file) {
        this.file = file;
    }

    /** The root node of a YAML file, with its reader for the checks that follow. */
    record Document(YamlNodes reader, Node root) {}

    static Document parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage());
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setSchema(new CoreSchema()).build();
        Node root;
        try {
            root = new Compose(settings).composeString(text)
                    .orElseThrow(() -> new ImportException(file, 1, "the file holds no YAML document"));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ImportException(file, line, "malformed YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ImportException(file, "malformed YAML: " + e.getMessage());
        }
        return new Document(new YamlNodes(file), root);
    }

    Path file() {
        return file;
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    ImportException error(Node node, String problem) {
        return new ImportException(file, line(node), problem);
    }

    /** The entries of a mapping by key, in file order; keys must be texts, each once, among {@code allowed}. */
    Map<String, Node> mapping(Node node, String where, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, where + ": expected a mapping, got " + describe(node));
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key) || !key.getTag().equals(Tag.STR)) {
                throw error(keyNode, where + ": a key is not a text");
            }
            String name = key.getValue();
            if (!allowed.contains(name)) {
                throw error(keyNode, where + ": unexpected key '" + name + "'; expected one of " + sorted(allowed));
            }
            Integer first = lines.putIfAbsent(name, line(keyNode));
            if (first != null) {
                throw error(keyNode, where + ": key '" + name + "' given twice (first on line " + first + ")");
            }
            entries.put(name, tuple.getValueNode());
        }
        return entries;
    }

    List<Node> sequence(Node node, String where) {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, where + ": expected a list, got " + describe(node));
        }
        return sequence.getValue();
    }

    /** A text, null for an empty or null scalar; numbers, booleans and structures are refused. */
    MotRecord.Value text(Node node, String where) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, where + ": expected a text, got " + describe(node));
        }
        if (scalar.getTag().equals(Tag.NULL)) {
            return new MotRecord.Value(null, line(node));
        }
        if (!scalar.getTag().equals(Tag.STR)) {
            throw error(node, where + ": expected a text, got " + describe(node) + " (quote it to give a text)");
        }
        return new MotRecord.Value(scalar.getValue(), line(node));
    }

    /** An integer scalar. */
    int integer(Node node, String where) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Integer.parseInt(scalar.getValue());
            } catch (NumberFormatException e) {
                throw error(node, where + ": '" + scalar.getValue() + "' is not a decimal integer");
            }
        }
        throw error(node, where + ": expected an integer, got " + describe(node));
    }

    boolean bool(Node node, String where) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        throw error(node, where + ": expected true or false, got " + describe(node));
    }

    /** A required entry of a mapping. */
    Node required(Map<String, Node> entries, Node mapping, String key, String where) {
        Node value = entries.get(key);
        if (value == null) {
            throw error(mapping, where + ": missing '" + key + "'");
        }
        return value;
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            Tag tag = scalar.getTag();
            String kind = tag.equals(Tag.STR) ? "the text" : tag.equals(Tag.INT) ? "the integer"
                    : tag.equals(Tag.FLOAT) ? "the number" : tag.equals(Tag.BOOL) ? "the boolean"
                    : tag.equals(Tag.NULL) ? "nothing" : "the value";
            return tag.equals(Tag.NULL) ? kind : kind + " '" + scalar.getValue() + "'";
        }
        return node instanceof MappingNode ? "a mapping" : node instanceof SequenceNode ? "a list" : "a " + node.getNodeType();
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
