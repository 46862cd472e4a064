package org.w3id.aperture.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.aperture.synthetic.CatalogGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", description = {
        "Write a synthetic catalog of N made-up models (not real data) sampled from the real models' distributions,",
        "for scale measurements. Put DIR under a copy's data/ (e.g. copy/data/synthetic) to validate or serve it."})
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    HomeOption home;

    @Option(names = "--models", required = true, paramLabel = "N",
            description = "How many models (1.." + CatalogGenerator.MAX_MODELS + ").")
    int models;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Random seed: the same seed and home give the same bytes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "DIR", description = "Output folder; must be empty or absent.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (models < 1 || models > CatalogGenerator.MAX_MODELS) {
            throw new ParameterException(spec.commandLine(), "--models must be in 1.." + CatalogGenerator.MAX_MODELS + ", got " + models);
        }
        CatalogGenerator generator = CatalogGenerator.from(home.home());
        CatalogGenerator.Summary summary = generator.write(models, seed, dir);
        spec.commandLine().getOut().println("generated " + summary.models() + " synthetic models ("
                + summary.organizations() + " synthetic organisations, sampled from " + generator.realModels()
                + " real models) in " + dir);
        return 0;
    }
}
