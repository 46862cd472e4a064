package org.w3id.aperture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aperture.graph.GraphFiles;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.ShapesValidator;

/**
 * Edits of the project's Turtle files, validated without copying or reparsing the project: the files are parsed
 * once per test JVM, and an edit replaces the graphs of the files it changes. The resources checked, each against
 * every shape that targets it, on the whole data with the edit in place, are those the changed files mention
 * (before or after the edit; as subject, or as object other than a class), and those that link to a resource
 * whose own statements the edit changed (a country's code is checked on the organisations in that country). The
 * real data conforms (ShapesTest), so every problem found is one the edit made; for every edit of the shape tests
 * these are exactly the problems a full validation of an edited copy finds, and ShapesTest checks that again on one.
 */
public final class EditedSources {
    private static Map<Path, Graph> parsed;
    private static ShapesValidator validator;

    private final Path dir;
    private final Map<Path, String> texts = new LinkedHashMap<>();

    private EditedSources(Path dir) {
        this.dir = dir;
    }

    /** Edits whose files are written under {@code dir} to be parsed. */
    public static EditedSources in(Path dir) {
        return new EditedSources(dir);
    }

    /** Replaces one exact, unique occurrence of a text in a file (relative to the project); fails if it is not there once. */
    public EditedSources replace(String file, String from, String to) {
        texts.put(Path.of(file), Fixtures.replacedOnce(text(Path.of(file)), from, to, file));
        return this;
    }

    public EditedSources append(String file, String text) {
        texts.put(Path.of(file), text(Path.of(file)) + "\n" + text + "\n");
        return this;
    }

    /** The problems of the resources the edited files mention, with file, resource and rule as a load reports them. */
    public List<ShapesValidator.Problem> problems() {
        Map<Path, Graph> sources = sources();
        Map<Path, Graph> edited = new LinkedHashMap<>();
        texts.forEach((file, text) -> edited.put(Fixtures.ROOT.resolve(file), GraphFiles.parse(write(file, text))));
        GraphFiles files = new GraphFiles();
        sources.forEach((file, graph) -> files.add(file, edited.getOrDefault(file, graph)));
        Set<Node> checked = new HashSet<>();
        edited.forEach((file, after) -> checked.addAll(checked(sources.get(file), after, files.graph())));
        return validator.validateNodes(files.graph(), checked, files, Fixtures.home());
    }

    private static Set<Node> checked(Graph before, Graph after, Graph data) {
        Set<Node> checked = new HashSet<>();
        Stream.of(before, after).flatMap(graph -> graph.find().toList().stream())
                .flatMap(t -> typing(t) ? Stream.of(t.getSubject()) : Stream.of(t.getSubject(), t.getObject()))
                .filter(node -> !node.isLiteral())
                .forEach(checked::add);
        Set<Node> restated = before.find().filterDrop(after::contains).andThen(after.find().filterDrop(before::contains))
                .mapWith(Triple::getSubject).toSet();
        restated.forEach(node -> data.find(Node.ANY, Node.ANY, node).filterDrop(EditedSources::typing)
                .forEach(t -> checked.add(t.getSubject())));
        return checked;
    }

    private static boolean typing(Triple t) {
        return t.getPredicate().equals(RDF.Nodes.type);
    }

    private String text(Path file) {
        if (!sources().containsKey(Fixtures.ROOT.resolve(file))) {
            throw new IllegalArgumentException(file + " is not a Turtle file of the project's graph");
        }
        return texts.computeIfAbsent(file, f -> {
            try {
                return Files.readString(Fixtures.ROOT.resolve(f), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Path write(Path file, String text) {
        try {
            Path copy = dir.resolve(file);
            Files.createDirectories(copy.getParent());
            return Files.writeString(copy, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Turtle file of the graph in load order, parsed once per JVM. */
    private static synchronized Map<Path, Graph> sources() {
        if (parsed == null) {
            Home home = Fixtures.home();
            Map<Path, Graph> files = new LinkedHashMap<>();
            GraphFiles.turtleFiles(home).forEach(file -> files.put(file, GraphFiles.parse(file)));
            validator = new ShapesValidator(home.shapes());
            parsed = files;
        }
        return parsed;
    }
}
