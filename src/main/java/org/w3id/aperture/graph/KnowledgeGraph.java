package org.w3id.aperture.graph;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Builds the served graph: load ontology/ and data/, validate, then derive. */
public final class KnowledgeGraph {
    /** The served dataset and the version of the sources it was built from. */
    public record Loaded(DatasetGraph dataset, String version, boolean fromSnapshot) {}

    private KnowledgeGraph() {}

    /** Loads and validates without deriving; returns the problems found (empty when valid). */
    public static List<ShapesValidator.Problem> validate(Home home) {
        GraphFiles files = load(home);
        return new ShapesValidator(home.shapes()).validate(files.graph(), files, home);
    }

    /**
     * The dataset to serve: the default graph holds ontology, data and derived facts.
     *
     * @throws LoadException if a file is missing or malformed
     * @throws InvalidDataException if the data breaks a shape
     */
    public static DatasetGraph build(Home home) {
        return DatasetGraphFactory.wrap(buildGraph(home));
    }

    /**
     * As {@link #build}, but reuses the snapshot of the same sources from {@code snapshots} when
     * there is one, and leaves one there when there is not.
     */
    public static Loaded open(Home home, Snapshots snapshots) {
        return open(home, snapshots, SourceDigest.of(home));
    }

    /** As {@link #open(Home, Snapshots)}, for sources whose {@link SourceDigest} is {@code version}. */
    public static Loaded open(Home home, Snapshots snapshots, String version) {
        return snapshots.read(version)
                .map(graph -> new Loaded(DatasetGraphFactory.wrap(graph), version, true))
                .orElseGet(() -> {
                    Graph graph = buildGraph(home);
                    snapshots.write(version, graph);
                    return new Loaded(DatasetGraphFactory.wrap(graph), version, false);
                });
    }

    private static Graph buildGraph(Home home) {
        Deriver deriver = new Deriver(home.rules());
        GraphFiles files = load(home);
        List<ShapesValidator.Problem> problems =
                new ShapesValidator(home.shapes()).validate(files.graph(), files, home);
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        DatasetGraph dataset = DatasetGraphFactory.wrap(files.graph());
        deriver.apply(dataset);
        return files.graph();
    }

    static GraphFiles load(Home home) {
        GraphFiles files = new GraphFiles();
        GraphFiles.turtleFiles(home).forEach(files::add);
        return files;
    }
}
