package org.w3id.aperture.graph;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Builds the served graph in memory: the {@link LoadPipeline} with every file read as one batch. */
public final class KnowledgeGraph {
    /** The served dataset and the version of the sources it was built from. */
    public record Loaded(DatasetGraph dataset, String version, boolean fromSnapshot) {}

    private KnowledgeGraph() {}

    /** Loads and validates without deriving; returns the problems found (empty when valid). */
    public static List<ShapesValidator.Problem> validate(Home home) {
        return new LoadPipeline(home).problems(Sources.whole(home).reference());
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
        MemorySink sink = new MemorySink();
        new LoadPipeline(home).run(Sources.whole(home), sink, LoadPipeline.Progress.NONE);
        return sink.graph();
    }
}
