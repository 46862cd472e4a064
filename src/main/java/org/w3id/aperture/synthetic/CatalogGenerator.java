package org.w3id.aperture.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.aperture.files.FolderException;
import org.w3id.aperture.graph.GraphFiles;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.LoadException;
import org.w3id.aperture.upstream.ModelTurtle;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.vocab.Prefixes;
import org.w3id.aperture.vocab.Taxonomy;

/**
 * Generates a synthetic catalog from the real models of a home.
 *
 * <p>Each synthetic model takes a real model as its template and keeps each of the template's 12
 * cells (value, release terms and note together, so every cell is one the real data has) with
 * probability {@value #KEEP_CELL}, else takes that component's cell from another real model: the
 * per-component distributions and the correlation between components stay close to the real ones.
 * The release month and the developers follow the same scheme; a share of the models is given to
 * synthetic organisations, so that the number of developers grows with the catalog.
 *
 * <p>Layout written under the output folder (add it under a copy's data/ to serve it):
 * {@code synthetic-source.ttl}, {@code organizations.ttl} and
 * {@code models/NNNN/synthetic-NNNNNNN.ttl} (1000 models a folder), each model file holding the
 * model, its developers and its 12 assessments, so that a store can load and check the catalog one
 * model file at a time. The same home, N and seed give the same bytes.
 */
public final class CatalogGenerator {
    public static final int MAX_MODELS = 9_999_999;
    static final double KEEP_CELL = 0.75;
    static final double KEEP_MONTH = 0.5;
    static final double KEEP_DEVELOPERS = 0.5;
    static final double SYNTHETIC_DEVELOPER = 0.3;
    static final int MODELS_PER_FOLDER = 1000;

    /** One real cell: the value's IRI, and the release terms' IRI and note when given. */
    record Cell(String value, String terms, String note) {}

    /** One real model: its release month, developers and cells in component order. */
    record RealModel(String iri, String issued, List<String> developers, List<Cell> cells) {}

    private final List<Taxonomy.Component> components;
    private final List<RealModel> real;

    CatalogGenerator(List<Taxonomy.Component> components, List<RealModel> real) {
        if (real.isEmpty()) {
            throw new IllegalArgumentException("no real models to sample from");
        }
        this.components = List.copyOf(components);
        this.real = List.copyOf(real);
    }

    /** Reads the real models of {@code home}: data/models/ and the developers of data/curated/. */
    public static CatalogGenerator from(Home home) {
        Taxonomy taxonomy = Taxonomy.load(home.ontology());
        Model data = ModelFactory.createDefaultModel();
        Path models = home.data().resolve("models");
        if (!Files.isDirectory(models)) {
            throw new LoadException(models, "folder not found: the real models to sample from");
        }
        for (Path f : GraphFiles.turtleFiles(models)) {
            data.add(ModelFactory.createModelForGraph(GraphFiles.parse(f)));
        }
        Path developers = home.data().resolve("curated").resolve("developers.ttl");
        if (Files.isRegularFile(developers)) {
            data.add(ModelFactory.createModelForGraph(GraphFiles.parse(developers)));
        }
        Map<String, String> issued = new TreeMap<>();
        Map<String, Map<String, Cell>> cells = new TreeMap<>();
        Map<String, TreeSet<String>> devs = new TreeMap<>();
        select(data, """
                SELECT ?m ?issued ?c ?v ?t ?note WHERE {
                  ?m a ap:Model ; dcterms:issued ?issued .
                  ?a ap:model ?m ; ap:component ?c ; ap:value ?v .
                  OPTIONAL { ?a ap:releaseTerms ?t } OPTIONAL { ?a ap:note ?note } }""").forEach(s -> {
            String m = s.getResource("m").getURI();
            issued.put(m, s.getLiteral("issued").getLexicalForm());
            cells.computeIfAbsent(m, k -> new TreeMap<>()).put(s.getResource("c").getURI(), new Cell(
                    s.getResource("v").getURI(),
                    s.contains("t") ? s.getResource("t").getURI() : null,
                    s.contains("note") ? s.getLiteral("note").getString() : null));
        });
        select(data, "SELECT ?m ?d WHERE { ?m ap:developer ?d }")
                .forEach(s -> devs.computeIfAbsent(s.getResource("m").getURI(), k -> new TreeSet<>())
                        .add(s.getResource("d").getURI()));
        List<RealModel> real = new ArrayList<>();
        for (var e : cells.entrySet()) {
            List<Cell> row = new ArrayList<>();
            for (Taxonomy.Component c : taxonomy.components()) {
                Cell cell = e.getValue().get(c.iri());
                if (cell == null) {
                    throw new IllegalStateException(e.getKey() + " has no assessment of " + c.iri());
                }
                row.add(cell);
            }
            List<String> d = List.copyOf(devs.getOrDefault(e.getKey(), new TreeSet<>()));
            if (d.isEmpty()) {
                throw new IllegalStateException(e.getKey() + " has no developer in data/curated/developers.ttl");
            }
            real.add(new RealModel(e.getKey(), issued.get(e.getKey()), d, row));
        }
        return new CatalogGenerator(taxonomy.components(), real);
    }

    private static List<QuerySolution> select(Model model, String query) {
        try (QueryExecution qe = QueryExecution.model(model).query(Prefixes.sparql() + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    public int realModels() {
        return real.size();
    }

    /** The slug of the i-th synthetic model (1-based). */
    public static String slug(int i) {
        return String.format("synthetic-%07d", i);
    }

    /** What was written. */
    public record Summary(int models, int organizations, Path dir) {}

    /**
     * Writes N synthetic models under {@code dir}, which must be empty or absent.
     *
     * @throws IllegalArgumentException if N is not in 1..{@value #MAX_MODELS}
     * @throws FolderException if dir is not empty
     */
    public Summary write(int n, long seed, Path dir) {
        if (n < 1 || n > MAX_MODELS) {
            throw new IllegalArgumentException("the number of models must be in 1.." + MAX_MODELS + ", got " + n);
        }
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new FolderException(dir + " is not empty; generate into a new folder");
                    }
                }
            }
            Files.createDirectories(dir.resolve("models"));
            Random random = new Random(seed);
            int orgPool = Math.max(1, n / 10);
            TreeSet<Integer> usedOrgs = new TreeSet<>();
            String source = "<source/synthetic-catalog>";
            Path folder = null;
            for (int i = 1; i <= n; i++) {
                if (folder == null || (i - 1) % MODELS_PER_FOLDER == 0) {
                    folder = dir.resolve("models").resolve(String.format("%04d", (i - 1) / MODELS_PER_FOLDER));
                    Files.createDirectories(folder);
                }
                RealModel template = pick(random);
                String issued = random.nextDouble() < KEEP_MONTH ? template.issued() : pick(random).issued();
                List<String> devs;
                double d = random.nextDouble();
                if (d < SYNTHETIC_DEVELOPER) {
                    // skewed towards the first organisations of the pool: a few large, many small
                    double u = random.nextDouble();
                    int org = 1 + (int) (orgPool * u * u);
                    usedOrgs.add(org);
                    devs = List.of(Ap.BASE + "org/" + orgSlug(org));
                } else if (d < SYNTHETIC_DEVELOPER + (1 - SYNTHETIC_DEVELOPER) * KEEP_DEVELOPERS) {
                    devs = template.developers();
                } else {
                    devs = pick(random).developers();
                }
                List<Cell> row = new ArrayList<>(components.size());
                for (int c = 0; c < components.size(); c++) {
                    RealModel from = random.nextDouble() < KEEP_CELL ? template : pick(random);
                    row.add(from.cells().get(c));
                }
                String slug = slug(i);
                try (Writer out = writer(folder.resolve(slug + ".ttl"))) {
                    out.write(render(slug, i, seed, issued, devs, row, source));
                }
            }
            try (Writer orgs = writer(dir.resolve("organizations.ttl"))) {
                orgs.write("# Synthetic organisations: generated by `aperture generate`, not real data.\n\n"
                        + "@base <" + Ap.BASE + "> .\n" + Prefixes.turtle("ap", "prov", "rdfs") + "\n");
                for (int org : usedOrgs) {
                    orgs.write("<org/" + orgSlug(org) + "> a ap:Organization ; rdfs:label \"Synthetic organisation "
                            + org + "\" ; prov:wasDerivedFrom " + source + " .\n");
                }
            }
            try (Writer src = writer(dir.resolve("synthetic-source.ttl"))) {
                src.write("# The source of every synthetic statement.\n\n" + ModelTurtle.PREFIXES + "\n"
                        + source + " a prov:Entity ;\n"
                        + "    rdfs:label \"Synthetic catalog (not real data)\"@en ;\n"
                        + "    dcterms:description \"Made-up models for scale measurements, generated by `aperture generate --models "
                        + n + " --seed " + seed + "`: each cell, release month and developer is sampled from the "
                        + real.size() + " real models' data.\"@en .\n");
            }
            return new Summary(n, usedOrgs.size(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic catalog to " + dir + ": " + e.getMessage(), e);
        }
    }

    private RealModel pick(Random random) {
        return real.get(random.nextInt(real.size()));
    }

    static String orgSlug(int org) {
        return String.format("synthetic-org-%06d", org);
    }

    private String render(String slug, int i, long seed, String issued, List<String> developers, List<Cell> row,
                          String source) {
        String modelRef = "<model/" + slug + ">";
        String title = String.format("Synthetic model %07d", i);
        StringBuilder out = new StringBuilder(4096);
        out.append("# ").append(title).append(": generated by `aperture generate` (seed ").append(seed)
                .append("), not real data.\n\n").append(ModelTurtle.PREFIXES).append('\n');
        out.append(modelRef).append(" a ap:Model ;\n")
                .append("    rdfs:label ").append(ModelTurtle.literal(title)).append(" ;\n")
                .append("    dcterms:issued \"").append(issued).append("\"^^xsd:gYearMonth ;\n")
                .append("    foaf:page <https://example.org/aperture-synthetic/").append(slug).append("> ;\n")
                .append("    ap:developer ").append(developers.stream().map(ModelTurtle::relative)
                        .collect(Collectors.joining(", "))).append(" ;\n")
                .append("    prov:wasDerivedFrom ").append(source).append(" .\n");
        for (int c = 0; c < components.size(); c++) {
            Cell cell = row.get(c);
            ModelTurtle.appendAssessment(out, slug, components.get(c), cell.value(), cell.terms(), cell.note(), source);
        }
        return out.toString();
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 15);
    }

}
