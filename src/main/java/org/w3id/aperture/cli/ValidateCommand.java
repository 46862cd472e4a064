package org.w3id.aperture.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.graph.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = "Load ontology/ and data/ and check them with the SHACL shapes, without serving.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    HomeOption home;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Home h = home.home();
        List<ShapesValidator.Problem> problems = KnowledgeGraph.validate(h);
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println("valid: " + h.show(h.ontology()) + "/ and " + h.show(h.data()) + "/ conform to the shapes");
            return 0;
        }
        var err = spec.commandLine().getErr();
        err.println(problems.size() + " validation problem" + (problems.size() == 1 ? "" : "s") + ":");
        problems.forEach(err::println);
        return 1;
    }
}
