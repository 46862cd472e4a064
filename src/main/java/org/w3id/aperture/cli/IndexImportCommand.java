package org.w3id.aperture.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.osai.IndexImporter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What the import commands of the two open-source AI indexes share: the folder, the run and the summary. */
abstract class IndexImportCommand implements Callable<Integer> {
    @Mixin
    HomeOption home;

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "The index's vendored folder (default: its folder under data/upstream/).")
    Path upstream;

    @Spec
    CommandSpec spec;

    abstract IndexImporter importer(Home home);

    @Override
    public Integer call() {
        Home h = home.home();
        IndexImporter importer = importer(h);
        Path folder = upstream != null ? upstream : importer.defaultUpstream(h);
        IndexImporter.Result result = importer.run(folder, h.data());
        var out = spec.commandLine().getOut();
        out.printf("imported %s from %s into %s: %d files written, %d unchanged%n", importer.indexName(), h.show(folder),
                h.show(importer.outputFolder(h.data())), result.written().size(), result.unchanged().size());
        result.summary().lines().forEach(out::println);
        result.notInInput().forEach(p -> out.println("note: " + h.show(p) + " is not in the input and was left as it is"));
        return 0;
    }
}
