package org.w3id.aperture.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Materialises derived facts once, by running the SPARQL Update rules of ontology/rules/ in the
 * order of their file names, then the catalog-wide rules of ontology/rules/catalog/.
 *
 * <p>A rule of ontology/rules/ relates one model to its own assessments and the reference data,
 * so a store can derive it one batch of models at a time; a catalog-wide rule (a count over all
 * models) runs once, after every model is in.
 */
public final class Deriver {
    static final String CATALOG = "catalog";

    private final List<Rule> perModel;
    private final List<Rule> catalog;

    private record Rule(Path file, UpdateRequest update) {}

    public Deriver(Path rulesDir) {
        this.perModel = ruleFiles(rulesDir).stream().map(Deriver::parse).toList();
        this.catalog = ruleFiles(rulesDir.resolve(CATALOG)).stream().map(Deriver::parse).toList();
    }

    private static List<Path> ruleFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".ru") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new LoadException(dir, "cannot list: " + e.getMessage());
        }
    }

    private static Rule parse(Path file) {
        try {
            return new Rule(file, UpdateFactory.read(file.toString()));
        } catch (QueryParseException e) {
            throw new LoadException(file, e.getLine(), e.getColumn(), e.getMessage());
        }
    }

    /** Every rule: the per-model ones, then the catalog-wide ones. */
    public void apply(DatasetGraph dataset) {
        applyPerModel(dataset);
        applyCatalog(dataset);
    }

    public void applyPerModel(DatasetGraph dataset) {
        perModel.forEach(rule -> UpdateAction.execute(rule.update(), dataset));
    }

    public void applyCatalog(DatasetGraph dataset) {
        catalog.forEach(rule -> UpdateAction.execute(rule.update(), dataset));
    }

    public int size() {
        return perModel.size() + catalog.size();
    }
}
