package org.w3id.aperture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;

/** The project's own folders, copies of them to break on purpose, and folder snapshots. */
public final class Fixtures {
    public static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    public static final Path UPSTREAM = ROOT.resolve("data/upstream/llm-openness-taxonomy");

    private static Graph built;

    private Fixtures() {}

    /**
     * The project's graph, built (loaded, validated, derived) once per test JVM and shared read-only: each
     * call wraps it in a dataset of its own, so that a server's settings (timeout, policy) stay its own.
     */
    public static synchronized DatasetGraph graph() {
        if (built == null) {
            built = KnowledgeGraph.build(home()).getDefaultGraph();
        }
        return DatasetGraphFactory.wrap(built);
    }

    public static Home home() {
        return Home.at(ROOT);
    }

    /** A copy of ontology/, data/ and queries/ under {@code dir}, to modify freely. */
    public static Home copyOfHome(Path dir) {
        for (String sub : List.of("ontology", "data", "queries")) {
            copyTree(ROOT.resolve(sub), dir.resolve(sub));
        }
        return Home.at(dir);
    }

    /**
     * A home under {@code dir} with copies of only the given parts of the project (files or folders, relative to
     * it), and empty ontology/ and data/ folders where none is copied: the small home a test of one importer needs.
     */
    public static Home copyOfParts(Path dir, String... parts) {
        try {
            for (String part : parts) {
                Path from = ROOT.resolve(part);
                if (Files.isDirectory(from)) {
                    copyTree(from, dir.resolve(part));
                } else {
                    Files.createDirectories(dir.resolve(part).getParent());
                    Files.copy(from, dir.resolve(part));
                }
            }
            Files.createDirectories(dir.resolve("ontology"));
            Files.createDirectories(dir.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Home.at(dir);
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder with its content, to show that nothing changed. */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Replaces one exact, unique occurrence of a text in a file; fails if it is not there once. */
    public static void replaceOnce(Path file, String from, String to) {
        try {
            Files.writeString(file, replacedOnce(Files.readString(file, StandardCharsets.UTF_8), from, to, file.toString()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with one exact, unique occurrence of {@code from} replaced; fails naming {@code where} if it is not there once. */
    public static String replacedOnce(String text, String from, String to, String where) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException("'" + from + "' is not in " + where + " exactly once");
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    public static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "\n" + text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
