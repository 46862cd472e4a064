package org.w3id.aperture.osai;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.w3id.aperture.upstream.ImportException;

/**
 * One YAML file read as snakeyaml-engine nodes, so that every value keeps its line: the parts a
 * record file is made of (mappings with unique text keys, texts, lists of texts, comments), each
 * problem reported with the file and the line.
 */
final class StrictYaml {
    /** A key of a mapping, the line it is on (from 1) and its value. */
    record Entry(String key, int line, Node value) {}

    /** A comment line of the file: its line (from 1) and its text after the {@code #}, stripped. */
    record Comment(int line, String text) {}

    private final Path file;
    private final MappingNode root;

    private StrictYaml(Path file, MappingNode root) {
        this.file = file;
        this.root = root;
    }

    /** Reads a file whose single YAML document is a mapping; fails naming file and line otherwise. */
    static StrictYaml read(Path file) {
        String text = utf8(file);
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setParseComments(true).build();
        Optional<Node> document;
        try {
            document = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            throw new ImportException(file, line, "malformed YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ImportException(file, "malformed YAML: " + e.getMessage());
        }
        Node node = document.orElseThrow(() -> new ImportException(file, "no YAML document in the file"));
        if (!(node instanceof MappingNode mapping)) {
            throw new ImportException(file, line(node), "the document is not a YAML mapping of keys to values");
        }
        return new StrictYaml(file, mapping);
    }

    Path file() {
        return file;
    }

    /** The top-level entries, in the order of the file. */
    List<Entry> entries() {
        return entries(root, "the document");
    }

    /** A mapping's entries in file order; each key is a text and none is repeated. */
    List<Entry> entries(MappingNode mapping, String where) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int line = line(keyNode);
            if (!(keyNode instanceof ScalarNode key) || key.getTag().equals(Tag.NULL)) {
                throw error(line, where + ": a key that is not a text");
            }
            Integer before = seen.putIfAbsent(key.getValue(), line);
            if (before != null) {
                throw error(line, where + ": key '" + key.getValue() + "' is given twice (also on line " + before + ")");
            }
            entries.add(new Entry(key.getValue(), line, tuple.getValueNode()));
        }
        return entries;
    }

    /** An entry's value as a mapping (an empty value is an empty mapping); fails on a text or a list. */
    List<Entry> mapping(Entry entry) {
        if (isEmpty(entry.value())) {
            return List.of();
        }
        if (!(entry.value() instanceof MappingNode mapping)) {
            throw error(entry.line(), entry.key() + ": expected a mapping of keys to values, got " + kind(entry.value()));
        }
        return entries(mapping, entry.key());
    }

    /** An entry's value as a text, stripped; null when empty. Fails on a mapping or a list. */
    String text(Entry entry, String where) {
        Node value = entry.value();
        if (isEmpty(value)) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            throw error(entry.line(), where + ": expected a text, got " + kind(value));
        }
        String text = scalar.getValue().strip();
        return text.isEmpty() ? null : text;
    }

    /** An entry's value as a text or a list of texts, each stripped, empty ones left out. */
    List<String> texts(Entry entry, String where) {
        if (!(entry.value() instanceof SequenceNode sequence)) {
            String text = text(entry, where);
            return text == null ? List.of() : List.of(text);
        }
        List<String> texts = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw error(line(item), where + ": expected a list of texts, got " + kind(item) + " in the list");
            }
            String text = scalar.getTag().equals(Tag.NULL) ? "" : scalar.getValue().strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** Whether a value is a text (or empty), as opposed to a mapping or a list. */
    static boolean isText(Node value) {
        return value instanceof ScalarNode;
    }

    /** Every comment line of the file (not the blank lines), in file order. */
    List<Comment> comments() {
        List<CommentLine> lines = new ArrayList<>();
        collectComments(root, lines);
        return lines.stream()
                .filter(c -> c.getCommentType() != CommentType.BLANK_LINE)
                .map(c -> new Comment(c.getStartMark().map(m -> m.getLine() + 1).orElse(0), c.getValue().strip()))
                .distinct()
                .sorted(Comparator.comparingInt(Comment::line))
                .toList();
    }

    ImportException error(int line, String problem) {
        return new ImportException(file, line, problem);
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static void collectComments(Node node, List<CommentLine> into) {
        for (List<CommentLine> part : List.of(orEmpty(node.getBlockComments()), orEmpty(node.getInLineComments()),
                orEmpty(node.getEndComments()))) {
            into.addAll(part);
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                collectComments(tuple.getKeyNode(), into);
                collectComments(tuple.getValueNode(), into);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> collectComments(item, into));
        }
    }

    private static List<CommentLine> orEmpty(List<CommentLine> comments) {
        return comments == null ? List.of() : comments;
    }

    private static boolean isEmpty(Node value) {
        return value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    private static String kind(Node value) {
        if (value instanceof MappingNode) {
            return "a mapping";
        }
        return value instanceof SequenceNode ? "a list" : "a text";
    }

    private static String utf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(file, "not UTF-8 text");
        }
    }
}
