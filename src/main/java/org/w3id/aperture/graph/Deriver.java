package org.w3id.aperture.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The SPARQL Update rules of ontology/rules/, in groups by what they read, each group a folder whose
 * rules run in the order of their file names (ontology/rules/README.md). A rule file outside the
 * group folders is refused, so that no rule runs in a group it was not written for.
 */
public final class Deriver {
    /** The groups, in the order a load runs them. */
    public enum Group {
        /** Rules that read only reference data (licenses, the argument): run once, on the reference sources. */
        REFERENCE("reference"),
        /** Rules that read one record (a model or a rated record with its assessments) and reference data: run on every batch. */
        RECORD("record"),
        /** Rules that read every record (counts over the catalog): run once, after the last batch. */
        CATALOG("catalog");

        final String folder;

        Group(String folder) {
            this.folder = folder;
        }
    }

    private record Rule(Path file, UpdateRequest update) {}

    private final Map<Group, List<Rule>> rules = new EnumMap<>(Group.class);

    public Deriver(Path rulesDir) {
        for (Group group : Group.values()) {
            rules.put(group, ruleFiles(rulesDir.resolve(group.folder)).stream().map(Deriver::parse).toList());
        }
        refuseStrayRules(rulesDir);
    }

    private static List<Path> ruleFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Deriver::isRule).sorted().toList();
        } catch (IOException e) {
            throw new LoadException(dir, "cannot list: " + e.getMessage());
        }
    }

    private static void refuseStrayRules(Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            return;
        }
        List<Path> groupFolders = Stream.of(Group.values()).map(g -> rulesDir.resolve(g.folder)).toList();
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            walk.filter(Deriver::isRule).filter(p -> !groupFolders.contains(p.getParent())).sorted().findFirst()
                    .ifPresent(p -> {
                        throw new LoadException(p, "a rule file must be in one of the group folders "
                                + groupFolders.stream().map(f -> rulesDir.relativize(f) + "/").toList()
                                + " of " + rulesDir + ", by what it reads (see its README.md)");
                    });
        } catch (IOException e) {
            throw new LoadException(rulesDir, "cannot list: " + e.getMessage());
        }
    }

    private static boolean isRule(Path p) {
        return p.getFileName().toString().endsWith(".ru") && Files.isRegularFile(p);
    }

    private static Rule parse(Path file) {
        try {
            return new Rule(file, UpdateFactory.read(file.toString()));
        } catch (QueryParseException e) {
            throw new LoadException(file, e.getLine(), e.getColumn(), e.getMessage());
        }
    }

    /** Runs the rules of {@code group} in order on {@code facts}. */
    void apply(Group group, Facts facts) {
        for (Rule rule : rules.get(group)) {
            try {
                UpdateAction.execute(rule.update(), DatasetGraphFactory.wrap(facts));
            } catch (RuntimeException e) {
                throw new LoadException(rule.file(), "the rule failed: " + e);
            }
        }
    }
}
