package org.w3id.aperture.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Parses the Turtle files of the graph strictly (warnings count as errors) into one graph, and
 * remembers which file defines each subject, so that validation can say where a problem is.
 */
public final class GraphFiles {
    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Map<Node, Path> definingFile = new HashMap<>();

    /** The Turtle files under a folder, recursively, in a stable order; shapes excluded. */
    public static List<Path> turtleFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(p -> !p.getFileName().toString().equals(Home.SHAPES))
                    .sorted().toList();
        } catch (IOException e) {
            throw new LoadException(folder, "cannot list: " + e.getMessage());
        }
    }

    /** The Turtle files of a home's ontology/ and data/, in that order. */
    public static List<Path> turtleFiles(Home home) {
        return Stream.of(home.ontology(), home.data()).flatMap(dir -> turtleFiles(dir).stream()).toList();
    }

    /** Parses one file into a graph of its own, or fails naming file, line and column. */
    public static Graph parse(Path file) {
        if (!Files.isReadable(file)) {
            throw new LoadException(file, "missing or unreadable");
        }
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(new Strict(file)).parse(g);
        } catch (LoadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LoadException(file, e.getMessage());
        }
        return g;
    }

    /** The files parsed into one graph, in their order. */
    public static GraphFiles read(List<Path> files) {
        GraphFiles read = new GraphFiles();
        files.forEach(read::add);
        return read;
    }

    public void add(Path file) {
        add(file, parse(file));
    }

    /** Adds a file already parsed by {@link #parse}, as if read here. */
    public void add(Path file, Graph parsed) {
        parsed.find().forEach(t -> {
            graph.add(t);
            Node s = t.getSubject();
            if (t.getPredicate().equals(RDF.type.asNode())) {
                definingFile.put(s, file);
            } else {
                definingFile.putIfAbsent(s, file);
            }
        });
    }

    public Graph graph() {
        return graph;
    }

    /** The file that types the resource, else the first that mentions it as subject; null if none. */
    public Path fileOf(Node resource) {
        return definingFile.get(resource);
    }

    private record Strict(Path file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            throw new LoadException(file, line, col, message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new LoadException(file, line, col, message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new LoadException(file, line, col, message);
        }
    }
}
