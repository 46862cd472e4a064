package org.w3id.aperture.server;

import java.util.concurrent.CompletableFuture;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * A dataset that can be served while its graph is still being read: the server starts beside the
 * reading, and whatever uses the dataset before it has arrived waits for it. Its context is its own,
 * so that the server's settings (timeout, SERVICE policy) can be put on it before the graph arrives.
 */
public final class PendingDataset extends DatasetGraphWrapper {
    private final CompletableFuture<? extends DatasetGraph> arriving;

    public PendingDataset(CompletableFuture<? extends DatasetGraph> arriving) {
        super(null, Context.create());
        this.arriving = arriving;
    }

    @Override
    protected DatasetGraph get() {
        return arriving.join();
    }
}
