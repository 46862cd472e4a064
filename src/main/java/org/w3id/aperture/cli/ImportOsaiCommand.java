package org.w3id.aperture.cli;

import org.w3id.aperture.graph.Home;
import org.w3id.aperture.osai.IndexImporter;
import picocli.CommandLine.Command;

@Command(name = "import-osai",
        description = "Import the European Open Source AI Index (one YAML file per model family) into data/frameworks/osai/.")
final class ImportOsaiCommand extends IndexImportCommand {
    @Override
    IndexImporter importer(Home home) {
        return IndexImporter.osai(home);
    }
}
