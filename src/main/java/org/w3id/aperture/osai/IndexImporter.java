package org.w3id.aperture.osai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.w3id.aperture.files.OutputFolder;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.upstream.ImportException;

/**
 * Imports the vendored folder of one index into data/frameworks/&lt;kind&gt;/: reads and checks every
 * record file first, and only when all are good writes one Turtle file per record and source.ttl,
 * each through a temporary file moved into place. The same input gives the same bytes.
 */
public final class IndexImporter {
    public static final String FRAMEWORKS_DIR = "frameworks";
    static final String SOURCE_FILE = "source.ttl";
    /** The note on the vendored files that Aperture wrote: not a file of the index, so not described as one. */
    static final String OWN_NOTE = "SOURCE.md";

    /** What an import did: files written (new or changed), unchanged, existing ones not in the input, and what it read. */
    public record Result(List<Path> written, List<Path> unchanged, List<Path> notInInput, Summary summary) {}

    /** The files an import would write, by name, and what it read. */
    record Rendering(Map<String, String> files, Summary summary) {}

    private final IndexFormat format;
    private final RecordReader reader;
    private final RecordTurtle turtle;

    private IndexImporter(IndexFormat format, Home home) {
        this.format = format;
        this.reader = new RecordReader(format.layout(),
                DimensionScheme.load(home.data().resolve(format.schemeFile()), format.schemeIri()));
        this.turtle = new RecordTurtle(format);
    }

    /** The importer of the European Open Source AI Index, with the dimensions of the home's scheme. */
    public static IndexImporter osai(Home home) {
        return new IndexImporter(OsaiFormat.FORMAT, home);
    }

    /** The importer of Opening up ChatGPT, with the items of the home's scheme. */
    public static IndexImporter ouc(Home home) {
        return new IndexImporter(OucFormat.FORMAT, home);
    }

    /** The vendored folder of this index in a home: data/upstream/&lt;folder&gt;. */
    public Path defaultUpstream(Home home) {
        return home.data().resolve("upstream").resolve(format.vendored());
    }

    public Path outputFolder(Path data) {
        return data.resolve(FRAMEWORKS_DIR).resolve(format.kind());
    }

    public String indexName() {
        return format.name();
    }

    Rendering render(Path upstream, Path data) {
        Path root = root(upstream);
        Path records = format.recordsFolder().isEmpty() ? root : root.resolve(format.recordsFolder());
        List<Path> all = files(root);
        List<Path> recordFiles = new ArrayList<>();
        List<String> templates = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Path file : all) {
            String path = repositoryPath(root, file);
            if (file.getParent().equals(records) && file.getFileName().toString().equals(format.template())) {
                templates.add(path);
            } else if (file.getParent().equals(records) && file.getFileName().toString().endsWith(".yaml")) {
                recordFiles.add(file);
            } else {
                others.add(path);
            }
        }
        if (recordFiles.isEmpty()) {
            throw new ImportException(records, "no record files (*.yaml)");
        }
        Oddities oddities = new Oddities();
        List<IndexRecord> read = recordFiles.stream().map(file -> reader.read(file, oddities)).toList();
        checkUnique(read);
        List<String> vendored = all.stream().map(file -> repositoryPath(root, file)).filter(p -> !p.equals(OWN_NOTE)).toList();
        checkUniqueFileSlugs(root, vendored);

        OrganizationLabels labels = OrganizationLabels.choose(read,
                OrganizationLabels.labelledIn(data, outputFolder(data)), oddities);
        Map<String, String> files = new TreeMap<>();
        for (IndexRecord record : read) {
            String producer = record.core().producer().name();
            files.put(record.core().slug() + ".ttl", turtle.render(record, record.core().file().getFileName().toString(),
                    producer == null ? Optional.empty() : labels.labelFor(producer)));
        }
        files.put(SOURCE_FILE, SourceTurtle.render(format, vendored));
        return new Rendering(files, new Summary(format.name(), read, templates, others, oddities));
    }

    public Result run(Path upstream, Path data) {
        Rendering rendering = render(upstream, data);
        Path target = outputFolder(data);
        OutputFolder.Outcome out = OutputFolder.write(target, rendering.files());
        return new Result(out.written(), out.unchanged(), out.notInInput(), rendering.summary());
    }

    /** The folder that stands for the repository's root: the given one, or its parent when given the records folder. */
    private Path root(Path upstream) {
        Path dir = upstream.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ImportException(upstream, "not a folder");
        }
        if (format.recordsFolder().isEmpty() || Files.isDirectory(dir.resolve(format.recordsFolder()))) {
            return dir;
        }
        if (dir.getFileName().toString().equals(format.recordsFolder())) {
            return dir.getParent();
        }
        throw new ImportException(upstream, "no " + format.recordsFolder() + "/ folder of record files");
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ImportException(root, "cannot list: " + e.getMessage());
        }
    }

    private static String repositoryPath(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static void checkUnique(List<IndexRecord> records) {
        Map<String, Path> fileBySlug = new HashMap<>();
        fileBySlug.put("source", null);
        for (IndexRecord record : records) {
            RecordCore core = record.core();
            if (core.slug().equals("source")) {
                throw new ImportException(core.file(), "the record slug 'source' is taken by " + SOURCE_FILE);
            }
            Path other = fileBySlug.putIfAbsent(core.slug(), core.file());
            if (other != null) {
                throw new ImportException(core.file(), "same record slug '" + core.slug() + "' as " + other);
            }
        }
    }

    private void checkUniqueFileSlugs(Path root, List<String> paths) {
        Map<String, String> pathByIri = new HashMap<>();
        for (String path : paths) {
            String other = pathByIri.putIfAbsent(format.source().fileIri(path.substring(path.lastIndexOf('/') + 1)), path);
            if (other != null) {
                throw new ImportException(root.resolve(path), "same file resource as " + other + " (file names give the same slug)");
            }
        }
    }
}
