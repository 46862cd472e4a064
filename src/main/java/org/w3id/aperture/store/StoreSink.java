package org.w3id.aperture.store;

import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.w3id.aperture.graph.GraphSink;
import org.w3id.aperture.graph.LoadPipeline;

/**
 * A load into a new TDB2 database: the batches are streamed into Jena's phased bulk loader, which
 * builds the indexes when every batch is in; what comes after is read and written in transactions.
 */
final class StoreSink implements GraphSink {
    private final DatasetGraph store;
    private final LoadPipeline.Progress progress;
    private final DataLoader loader;
    private final StreamRDF stream;
    private boolean bulk = true;

    StoreSink(DatasetGraph store, LoadPipeline.Progress progress) {
        this.store = store;
        this.progress = progress;
        this.loader = LoaderFactory.phasedLoader(store, (format, args) -> { });
        loader.startBulk();
        stream = loader.stream();
        stream.start();
    }

    @Override
    public void add(Graph triples) {
        if (bulk) {
            triples.find().forEachRemaining(stream::triple);
        } else {
            Txn.executeWrite(store, () -> GraphUtil.addInto(store.getDefaultGraph(), triples));
        }
    }

    @Override
    public void batchesDone() {
        stream.finish();
        progress.phase("building the indexes");
        loader.finishBulk();
        bulk = false;
    }

    @Override
    public <T> T read(Function<Graph, T> reader) {
        return Txn.calculateRead(store, () -> reader.apply(store.getDefaultGraph()));
    }

    /** Ends a bulk load that failed half-way, so that the database can be closed and removed. */
    void abandon(Throwable failure) {
        if (bulk) {
            bulk = false;
            loader.finishException(failure instanceof Exception e ? e : new RuntimeException(failure));
        }
    }
}
