package org.w3id.aperture.store;

import java.nio.file.Path;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.InvalidDataException;
import org.w3id.aperture.graph.LoadPipeline;
import org.w3id.aperture.graph.SourceDigest;
import org.w3id.aperture.graph.Sources;

/**
 * Loads a home into a new TDB2 database of a {@link StoreFolder} through the {@link LoadPipeline}, the
 * same parse, validation and derivation as the in-memory graph, with the record files (under a
 * {@code models} folder) in batches, so that memory stays proportional to a batch. The database is
 * published only when the load is complete and valid; otherwise it is removed.
 */
public final class CatalogLoader {
    private final Home home;
    private final int batchSize;
    private final int workers;

    /** A loader with batches sized by the reference data and a worker per core. */
    public CatalogLoader(Home home) {
        this(home, 0, Runtime.getRuntime().availableProcessors());
    }

    /** A loader with batches of {@code batchSize} record files (0: sized by the reference data). */
    CatalogLoader(Home home, int batchSize, int workers) {
        this.home = home;
        this.batchSize = batchSize;
        this.workers = workers;
    }

    /** What a completed load published. */
    public record Result(Path database, String version, long models, long triples) {}

    /**
     * Loads the home into a new database of {@code folder} and publishes it.
     *
     * @throws org.w3id.aperture.graph.LoadException if a file is missing or malformed
     * @throws InvalidDataException if the data breaks a shape; nothing is published then
     */
    public Result load(StoreFolder folder, LoadPipeline.Progress progress) {
        try (StoreFolder.Lock lock = folder.lock()) {
            LoadPipeline pipeline = new LoadPipeline(home, batchSize, workers);
            String version = SourceDigest.of(home);
            StoreSink sink = new StoreSink(folder, progress);
            try {
                return sink.publish(version, pipeline.run(Sources.inBatches(home), sink, progress));
            } catch (RuntimeException | Error e) {
                sink.abandon(e);
                throw e;
            }
        }
    }
}
