package org.w3id.aperture.cli;

import java.nio.file.Path;
import org.w3id.aperture.graph.Home;
import picocli.CommandLine.Option;

/** The {@code --home} option shared by the commands that read the project folder. */
final class HomeOption {
    @Option(names = "--home", defaultValue = ".", paramLabel = "DIR",
            description = "Project folder with ontology/, data/ and queries/ (default: the current folder).")
    Path dir;

    Home home() {
        return Home.at(dir);
    }
}
