package org.w3id.aperture.cli;

import org.w3id.aperture.graph.Home;
import org.w3id.aperture.osai.IndexImporter;
import picocli.CommandLine.Command;

@Command(name = "import-ouc",
        description = "Import Opening up ChatGPT (one YAML file per project, in projects/) into data/frameworks/ouc/.")
final class ImportOucCommand extends IndexImportCommand {
    @Override
    IndexImporter importer(Home home) {
        return IndexImporter.ouc(home);
    }
}
