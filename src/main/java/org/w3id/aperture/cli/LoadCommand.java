package org.w3id.aperture.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.aperture.store.CatalogLoader;
import org.w3id.aperture.store.ConsoleProgress;
import org.w3id.aperture.store.StoreFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", description = {
        "Bulk-load ontology/ and data/ into an on-disk TDB2 store, validated and derived, for `serve --store`.",
        "The new database replaces the served one only when complete: an interrupted load leaves the last one."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    HomeOption home;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store folder (created if absent).")
    Path store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        CatalogLoader.Result result = new CatalogLoader(home.home())
                .load(new StoreFolder(store), new ConsoleProgress(out, System.console() != null));
        out.printf("loaded %,d models (%,d triples) into %s in %.1f s; data version %s%n", result.models(),
                result.triples(), result.database(), (System.nanoTime() - start) / 1e9, result.version().substring(0, 12));
        out.flush();
        return 0;
    }
}
