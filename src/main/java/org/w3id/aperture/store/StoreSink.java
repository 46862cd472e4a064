package org.w3id.aperture.store;

import java.nio.file.Path;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.aperture.graph.GraphSink;
import org.w3id.aperture.graph.LoadPipeline;

/**
 * A load into a new TDB2 database of a {@link StoreFolder}, made when the first batch comes: the
 * batches are streamed into Jena's phased bulk loader, which builds the indexes when every batch is
 * in; what comes after is read and written in transactions. The database is published or removed
 * at the end.
 */
final class StoreSink implements GraphSink {
    private final StoreFolder folder;
    private final LoadPipeline.Progress progress;
    private Path database;
    private DatasetGraph store;
    private DataLoader loader;
    private StreamRDF stream;
    private boolean bulk;

    StoreSink(StoreFolder folder, LoadPipeline.Progress progress) {
        this.folder = folder;
        this.progress = progress;
    }

    @Override
    public void add(Graph triples) {
        if (store == null) {
            database = folder.newDatabase();
            store = DatabaseMgr.connectDatasetGraph(database.toString());
            loader = LoaderFactory.phasedLoader(store, (format, args) -> { });
            loader.startBulk();
            stream = loader.stream();
            stream.start();
            bulk = true;
        }
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

    /** Closes the complete database and names it in the folder's CURRENT file. */
    CatalogLoader.Result publish(String version, long models) {
        long triples = read(Graph::size);
        TDBInternal.expel(store);
        folder.publish(database, version, models, triples);
        return new CatalogLoader.Result(database, version, models, triples);
    }

    /** Ends a load that failed: the half-written database, if any, is closed and removed. */
    void abandon(Throwable failure) {
        if (store == null) {
            return;
        }
        if (bulk) {
            bulk = false;
            loader.finishException(failure instanceof Exception e ? e : new RuntimeException(failure));
        }
        TDBInternal.expel(store, true);
        folder.discard(database);
    }
}
