package org.w3id.aperture.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.aperture.mot.MofClassTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "mof-class", description = "Evaluate Model Openness Tool record files (YAML) offline as MOT does: CSV of model, MOF class (0-3) and progress towards classes I, II and III in percent.")
final class MofClassCommand implements Callable<Integer> {
    @Mixin
    HomeOption home;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Record files, or folders of *.yml files.")
    List<Path> inputs;

    @Option(names = "--mof", paramLabel = "DIR",
            description = "MOT's mof/ folder (settings and license lists; default: " + ImportMotCommand.DEFAULT_UPSTREAM + "/mof of the project folder).")
    Path mof;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = mof != null ? mof : home.home().root().resolve(ImportMotCommand.DEFAULT_UPSTREAM).resolve("mof");
        int bad = new MofClassTable(folder).write(inputs, spec.commandLine().getOut(), spec.commandLine().getErr());
        return bad == 0 ? 0 : 1;
    }
}
