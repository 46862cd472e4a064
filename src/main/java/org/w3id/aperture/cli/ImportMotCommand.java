package org.w3id.aperture.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.mot.MotImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-mot", description = "Import the Model Openness Tool's records (a vendored copy with models/, mof/, LICENSE, SOURCE.md) into data/frameworks/mot/.")
final class ImportMotCommand implements Callable<Integer> {
    static final String DEFAULT_UPSTREAM = "data/upstream/model-openness-tool";

    @Mixin
    HomeOption home;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "The vendored copy of the Model Openness Tool (default: " + DEFAULT_UPSTREAM + " of the project folder).")
    Path upstream;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Home h = home.home();
        Path dir = upstream != null ? upstream : h.root().resolve(DEFAULT_UPSTREAM);
        MotImporter.Result result = new MotImporter(h.data()).run(dir);
        var out = spec.commandLine().getOut();
        out.printf("imported %d MOT records into %s: %d files written, %d unchanged%n", result.records(),
                h.show(h.data().resolve(MotImporter.OUTPUT)), result.written().size(), result.unchanged().size());
        out.println("MOF class computed with MOT's rules: " + classes(result.classCounts()));
        out.println("found in the records (count, first places):");
        result.summary().lines().forEach(line -> out.println("  " + line));
        result.notInInput().forEach(p -> out.println("note: " + h.show(p) + " is not in the input and was left as it is"));
        return 0;
    }

    private static String classes(Map<Integer, Integer> counts) {
        return "Class I " + counts.getOrDefault(1, 0) + ", Class II " + counts.getOrDefault(2, 0)
                + ", Class III " + counts.getOrDefault(3, 0) + ", unclassified " + counts.getOrDefault(0, 0);
    }
}
