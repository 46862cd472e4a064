package org.w3id.aperture.upstream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.w3id.aperture.files.OutputFolder;
import org.w3id.aperture.vocab.Taxonomy;

/**
 * Imports a folder of the authors' format into data/models/: reads and checks every file first,
 * and writes only when all are good, each file through a temporary file moved into place.
 */
public final class Importer {
    public static final String MODELS_DIR = "models";

    /** What an import did: files written (new or changed), unchanged, and existing ones not in the input. */
    public record Result(List<Path> written, List<Path> unchanged, List<Path> notInInput) {}

    private final UpstreamReader reader;
    private final ModelTurtle turtle;

    public Importer(Taxonomy taxonomy, DatasetSource source) {
        this.reader = new UpstreamReader(taxonomy);
        this.turtle = new ModelTurtle(taxonomy, source);
    }

    /** Reads every model file of an upstream folder (its _llms/ subfolder if there is one). */
    public List<UpstreamModel> read(Path upstream) {
        Path folder = Files.isDirectory(upstream.resolve("_llms")) ? upstream.resolve("_llms") : upstream;
        if (!Files.isDirectory(folder)) {
            throw new ImportException(upstream, "not a folder");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new ImportException(folder, "cannot list: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ImportException(folder, "no model files (*.md)");
        }
        List<UpstreamModel> models = files.stream().map(reader::read).toList();
        checkUnique(models);
        return models;
    }

    /** Renders each model's Turtle, keyed by its file name under data/models/. */
    public Map<String, String> render(List<UpstreamModel> models) {
        Map<String, String> files = new LinkedHashMap<>();
        models.forEach(m -> files.put(m.slug() + ".ttl", turtle.render(m)));
        return files;
    }

    public Result run(Path upstream, Path dataDir) {
        Map<String, String> files = render(read(upstream));
        Path target = dataDir.resolve(MODELS_DIR);
        OutputFolder.Outcome out = OutputFolder.write(target, files);
        return new Result(out.written(), out.unchanged(), out.notInInput());
    }

    private static void checkUnique(List<UpstreamModel> models) {
        Map<String, Path> fileBySlug = new HashMap<>();
        Map<String, String> licenseBySlug = new HashMap<>();
        for (UpstreamModel model : models) {
            Path other = fileBySlug.putIfAbsent(model.slug(), model.file());
            if (other != null) {
                throw new ImportException(model.file(), "same model slug '" + model.slug() + "' as " + other);
            }
            for (UpstreamModel.Cell cell : model.cells()) {
                if (cell.license() == null) {
                    continue;
                }
                String slug = ModelTurtle.licenseSlug(cell.license());
                String seen = licenseBySlug.putIfAbsent(slug, cell.license());
                if (seen != null && !seen.equals(cell.license())) {
                    throw new ImportException(model.file(), cell.component().upstreamKey() + ": license '"
                            + cell.license() + "' and '" + seen + "' would share the resource license/" + slug);
                }
            }
        }
    }
}
