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
 * order of their file names.
 */
public final class Deriver {
    private final List<Rule> rules;

    private record Rule(Path file, UpdateRequest update) {}

    public Deriver(Path rulesDir) {
        this.rules = ruleFiles(rulesDir).stream().map(Deriver::parse).toList();
    }

    private static List<Path> ruleFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".ru")).sorted().toList();
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

    public void apply(DatasetGraph dataset) {
        rules.forEach(rule -> UpdateAction.execute(rule.update(), dataset));
    }

    public int size() {
        return rules.size();
    }
}
