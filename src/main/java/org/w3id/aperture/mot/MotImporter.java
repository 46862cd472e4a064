package org.w3id.aperture.mot;

import static org.w3id.aperture.upstream.ModelTurtle.literal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aperture.files.OutputFolder;
import org.w3id.aperture.upstream.ImportException;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.vocab.Slugs;

/**
 * Imports a vendored copy of the Model Openness Tool (models/, mof/, LICENSE, SOURCE.md) into
 * data/frameworks/mot/: one Turtle file per record, and source.ttl, licenses.ttl and
 * organizations.ttl. Every file is read and checked first; nothing is written unless all are
 * good, and then each file through a temporary file moved into place.
 */
public final class MotImporter {
    public static final String OUTPUT = "frameworks/mot";
    /** The curated classes of the license strings of MOT that do not name a license. */
    public static final String CURATED_TERMS = "curated/mot-release-terms.ttl";
    static final Set<String> OWN_FILES = Set.of("source", "licenses", "organizations");

    /** What an import did, and what it found. */
    public record Result(List<Path> written, List<Path> unchanged, List<Path> notInInput, int records,
                         ImportSummary summary, Map<Integer, Integer> classCounts) {}

    /** The rendered files, keyed by name under data/frameworks/mot/, with the summary and the classes. */
    public record Rendered(Map<String, String> files, int records, ImportSummary summary,
                           Map<Integer, Integer> classCounts) {}

    private final Path dataDir;

    /** @param dataDir the data/ folder: read for the existing licenses and organisations, written under frameworks/mot/ */
    public MotImporter(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Rendered render(Path upstream) {
        Path models = folder(upstream, "models");
        Path mof = folder(upstream, "mof");
        checkSourceNote(upstream);
        String licenseText = read(upstream.resolve("LICENSE"));
        MofSettings settings = MofSettings.read(mof);
        MotLicenses licenses = MotLicenses.read(mof);
        MofEvaluator evaluator = new MofEvaluator(settings, licenses);
        MotReader reader = new MotReader(settings);

        ImportSummary summary = new ImportSummary();
        List<Path> files = recordFiles(models, summary);
        List<MotRecord> records = files.stream().map(reader::read).toList();
        Map<MotRecord, String> slugs = slugs(records);
        List<String> vendored = vendoredPaths(files);
        checkFileSlugs(upstream, vendored);

        LicenseResources licenseResources = new LicenseResources(licenses, slugsOf(dataDir.resolve("licenses.ttl"), "license"),
                curatedClasses(dataDir.resolve(CURATED_TERMS)));
        MotTurtle turtle = new MotTurtle(settings, licenseResources);
        Set<String> existingOrgs = new TreeSet<>(slugsOf(dataDir.resolve("organizations.ttl"), "org"));
        Map<String, Map<String, Integer>> orgs = new TreeMap<>();
        Map<String, String> out = new TreeMap<>();
        Map<Integer, Integer> classes = new TreeMap<>();
        Map<String, Path> fileByName = new HashMap<>();
        for (MotRecord record : records) {
            if (fileByName.putIfAbsent(record.release().name().text(), record.file()) != null) {
                summary.note("release.name also the name of an earlier file (MOT keeps one model per name)",
                        record.file(), record.release().name().line());
            }
            MofEvaluation eval = evaluator.evaluate(record);
            classes.merge(eval.mofClass(), 1, Integer::sum);
            out.put(slugs.get(record) + ".ttl", turtle.render(record, slugs.get(record), eval, summary));
            MotRecord.Value producer = record.release().producer();
            if (producer != null && producer.hasText()) {
                MotTurtle.orgSlug(producer.text()).ifPresent(s -> {
                    if (existingOrgs.contains(s)) {
                        summary.note("producer given the organisation of data/organizations.ttl with its slug", record.file(), producer.line());
                    } else {
                        orgs.computeIfAbsent(s, k -> new HashMap<>()).merge(producer.text(), 1, Integer::sum);
                    }
                });
            }
        }
        out.put("licenses.ttl", header("The license resources the Model Openness Tool's records name")
                + licenseResources.render());
        out.put("organizations.ttl", header("The producers the Model Openness Tool's records name") + organizations(orgs, summary));
        out.put("source.ttl", header("The Model Openness Tool as a source: its commit, license and attribution, and the vendored files")
                + source(vendored, licenseText));
        return new Rendered(out, records.size(), summary, classes);
    }

    public Result run(Path upstream) {
        Rendered rendered = render(upstream);
        Path target = dataDir.resolve(OUTPUT);
        OutputFolder.Outcome out = OutputFolder.write(target, rendered.files());
        return new Result(out.written(), out.unchanged(), out.notInInput(), rendered.records(), rendered.summary(), rendered.classCounts());
    }

    // ---- input ---------------------------------------------------------------------------------

    private static Path folder(Path upstream, String name) {
        Path folder = upstream.resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new ImportException(upstream, "no " + name + "/ folder: not a copy of the Model Openness Tool");
        }
        return folder;
    }

    private static void checkSourceNote(Path upstream) {
        Path note = upstream.resolve("SOURCE.md");
        if (!read(note).contains(MotSource.COMMIT)) {
            throw new ImportException(note, "does not name the commit " + MotSource.COMMIT
                    + " that the import describes; a copy of another commit needs its own source resource");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage());
        }
    }

    private static List<Path> recordFiles(Path models, ImportSummary summary) {
        List<Path> all;
        try (Stream<Path> list = Files.list(models)) {
            all = list.sorted().toList();
        } catch (IOException e) {
            throw new ImportException(models, "cannot list: " + e.getMessage());
        }
        List<Path> records = new ArrayList<>();
        for (Path p : all) {
            String name = p.getFileName().toString();
            if (Files.isRegularFile(p) && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
                records.add(p);
            } else {
                summary.note("file in models/ that is not a .yml record (not imported)", p, 0);
            }
        }
        if (records.isEmpty()) {
            throw new ImportException(models, "no model records (*.yml)");
        }
        return records;
    }

    private static Map<MotRecord, String> slugs(List<MotRecord> records) {
        Map<MotRecord, String> slugs = new LinkedHashMap<>();
        Map<String, Path> fileBySlug = new HashMap<>();
        for (MotRecord record : records) {
            String slug;
            try {
                slug = Slugs.of(record.baseName());
            } catch (IllegalArgumentException e) {
                throw new ImportException(record.file(), "the file name has no letters or digits to make the record's IRI of");
            }
            if (OWN_FILES.contains(slug)) {
                throw new ImportException(record.file(), "the record's slug '" + slug + "' is the name of the import's own file " + slug + ".ttl");
            }
            Path other = fileBySlug.putIfAbsent(slug, record.file());
            if (other != null) {
                throw new ImportException(record.file(), "same record slug '" + slug + "' as " + other);
            }
            slugs.put(record, slug);
        }
        return slugs;
    }

    /** The vendored files that are upstream files (SOURCE.md is the copy's own note), by path in the copy. */
    private static List<String> vendoredPaths(List<Path> recordFiles) {
        List<String> paths = new ArrayList<>(List.of("LICENSE", "mof/" + MotLicenses.SPDX_FILE,
                "mof/" + MotLicenses.MOF_FILE, "mof/" + MofSettings.FILE));
        recordFiles.forEach(f -> paths.add("models/" + f.getFileName()));
        return paths;
    }

    private static void checkFileSlugs(Path upstream, List<String> vendored) {
        Map<String, String> bySlug = new HashMap<>();
        for (String path : vendored) {
            String name = Path.of(path).getFileName().toString();
            String other = bySlug.putIfAbsent(Slugs.of(name), path);
            if (other != null) {
                throw new ImportException(upstream.resolve(path), "same file resource slug '" + Slugs.of(name) + "' as " + other);
            }
        }
    }

    /** Slugs of the resources {@code <kind>/<slug>} a data file describes (none if the file is absent). */
    private static Set<String> slugsOf(Path file, String kind) {
        Set<String> slugs = new TreeSet<>();
        if (!Files.exists(file)) {
            return slugs;
        }
        String prefix = Ap.resource(kind, "");
        parse(file).find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix)) {
                slugs.add(t.getSubject().getURI().substring(prefix.length()));
            }
        });
        return slugs;
    }

    /** slug -> class (prefixed name) of the curated license/ resources that are not licenses. */
    private static Map<String, String> curatedClasses(Path file) {
        Map<String, String> classes = new HashMap<>();
        if (!Files.exists(file)) {
            return classes;
        }
        String prefix = Ap.resource("license", "");
        Graph graph = parse(file);
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix) && t.getObject().isURI()
                    && t.getObject().getURI().startsWith(Ap.NS)) {
                String slug = t.getSubject().getURI().substring(prefix.length());
                String type = "ap:" + t.getObject().getURI().substring(Ap.NS.length());
                String other = classes.putIfAbsent(slug, type);
                if (other != null && !other.equals(type)) {
                    throw new ImportException(file, "license/" + slug + " is given two classes, " + other + " and " + type);
                }
            }
        });
        return classes;
    }

    private static Graph parse(Path file) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).parse(graph);
        } catch (RiotException e) {
            throw new ImportException(file, "malformed Turtle: " + e.getMessage());
        }
        return graph;
    }

    // ---- the import's own files ----------------------------------------------------------------

    private static String header(String what) {
        return "# " + what + ". Written by `aperture import-mot` from the vendored copy in\n"
                + "# data/upstream/model-openness-tool/ (commit " + MotSource.COMMIT.substring(0, 7) + "); regenerated on every import.\n\n"
                + MotTurtle.PREFIXES + "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n";
    }

    private static String organizations(Map<String, Map<String, Integer>> orgs, ImportSummary summary) {
        StringBuilder out = new StringBuilder();
        orgs.forEach((slug, spellings) -> {
            List<String> names = spellings.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            out.append('\n').append("<org/").append(slug).append("> a ap:Organization ;\n")
                    .append("    rdfs:label ").append(literal(names.get(0))).append(" ;\n");
            for (String other : names.subList(1, names.size())) {
                out.append("    skos:altLabel ").append(literal(other)).append(" ;\n");
            }
            out.append("    prov:wasDerivedFrom ").append(MotSource.ref()).append(" .\n");
        });
        return out.toString();
    }

    private static String source(List<String> vendored, String licenseText) {
        String shortCommit = MotSource.COMMIT.substring(0, 7);
        StringBuilder out = new StringBuilder("\n");
        out.append(MotSource.ref()).append(" a dcat:Dataset, prov:Entity ;\n")
                .append("    rdfs:label \"Model Openness Tool, commit ").append(shortCommit).append(" (").append(MotSource.COMMIT_DATE).append(")\"@en ;\n")
                .append("    dcterms:title \"Model Openness Tool (MOT)\"@en ;\n")
                .append("    dcterms:description \"The model records of the Model Openness Tool of the LF AI & Data Foundation, which rates model releases by the Model Openness Framework (MOF) v1.0: one YAML file per release, listing the MOF components the release includes and their licenses; with MOT's settings of the 17 components and the license lists its evaluator reads. Repository lfai/model_openness_tool, commit ")
                .append(MotSource.COMMIT).append(" of ").append(MotSource.COMMIT_DATE).append(".\"@en ;\n")
                .append("    ap:commit ").append(literal(MotSource.COMMIT)).append(" ;\n")
                .append("    dcterms:issued \"").append(MotSource.COMMIT_DATE).append("\"^^xsd:date ;\n")
                .append("    foaf:page <").append(MotSource.REPOSITORY).append("/tree/").append(MotSource.COMMIT).append(">, <https://mot.isitopen.ai/> ;\n")
                .append("    dcterms:license <http://spdx.org/licenses/MIT> ;\n")
                .append("    dcterms:rightsHolder \"The Model Openness Tool Authors\" ;\n")
                .append("    dcterms:bibliographicCitation ").append(literal("Model Openness Tool (MOT), LF AI & Data Foundation. "
                        + MotSource.REPOSITORY + ", commit " + shortCommit + " (" + MotSource.COMMIT_DATE
                        + "). Copyright 2024 The Model Openness Tool Authors, MIT License.")).append(" ;\n")
                .append("    dcterms:rights ").append(literal(licenseText.strip())).append(" ;\n")
                .append("    prov:wasDerivedFrom <source/mof-2024> .\n");
        vendored.stream().sorted().forEach(path -> out.append('\n')
                .append(MotSource.fileRef(Path.of(path).getFileName().toString())).append(" a prov:Entity ;\n")
                .append("    rdfs:label ").append(literal(path)).append(" ;\n")
                .append("    foaf:page <").append(MotSource.blobUrl(path)).append("> ;\n")
                .append("    dcterms:isPartOf ").append(MotSource.ref()).append(" .\n"));
        return out.toString();
    }
}
