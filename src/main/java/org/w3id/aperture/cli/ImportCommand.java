package org.w3id.aperture.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.upstream.DatasetSource;
import org.w3id.aperture.upstream.Importer;
import org.w3id.aperture.vocab.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Import the authors' model files (*.md with YAML front matter) into data/models/.")
final class ImportCommand implements Callable<Integer> {
    static final String DEFAULT_SOURCE = "llm-openness-dataset-159a7bc";

    @Mixin
    HomeOption home;

    @Parameters(paramLabel = "UPSTREAM", description = "Folder of the upstream dataset (or its _llms/ folder).")
    Path upstream;

    @Option(names = "--source", defaultValue = DEFAULT_SOURCE, paramLabel = "SLUG",
            description = "Slug of the source/ resource in data/sources.ttl the imported statements derive from, "
                    + "with its schema:codeRepository and ap:commit (default: ${DEFAULT-VALUE}).")
    String source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Home h = home.home();
        DatasetSource dataset = DatasetSource.read(h.data().resolve("sources.ttl"), source);
        Importer.Result result = new Importer(Taxonomy.load(h.ontology()), dataset).run(upstream, h.data());
        var out = spec.commandLine().getOut();
        out.printf("imported %d model files into %s: %d written, %d unchanged%n",
                result.written().size() + result.unchanged().size(), h.show(h.data().resolve(Importer.MODELS_DIR)),
                result.written().size(), result.unchanged().size());
        result.notInInput().forEach(p -> out.println("note: " + h.show(p) + " is not in the input and was left as it is"));
        return 0;
    }
}
