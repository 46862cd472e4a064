package org.w3id.aperture.graph;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.w3id.aperture.vocab.Prefixes;

/** Validates the graph with the SHACL shapes of ontology/shapes.ttl and words the result for people. */
public final class ShapesValidator {
    private static final PrefixMapping PREFIXES = Prefixes.VOCABULARIES;

    /** One violation: where (file, resource), which rule, which value, and what is wrong. */
    public record Problem(String file, String resource, String rule, String value, String message) {
        @Override
        public String toString() {
            return file + ": " + resource + "\n    rule:    " + rule
                    + (value.isEmpty() ? "" : "\n    value:   " + value)
                    + "\n    problem: " + message;
        }
    }

    private final Graph shapesGraph;
    private final Shapes shapes;

    public ShapesValidator(Path shapesFile) {
        this.shapesGraph = GraphFiles.parse(shapesFile);
        this.shapes = Shapes.parse(shapesGraph);
    }

    public Shapes shapes() {
        return shapes;
    }

    public List<Problem> validate(Graph data, GraphFiles files, Home home) {
        return problems(ShaclValidator.get().validate(shapes, data).getEntries().stream(), files, home);
    }

    /** The focus nodes of every problem of {@code data}, for checking them again once more data is in. */
    public Set<Node> nodesWithProblems(Graph data) {
        return ShaclValidator.get().validate(shapes, data).getEntries().stream().map(ReportEntry::focusNode)
                .collect(Collectors.toSet());
    }

    /**
     * Validates only the given nodes, each against every shape that targets it, reading the rest of
     * {@code data} as needed. Checking every subject of a part of the data this way gives the same
     * problems for that part as validating the whole (the shapes target classes and subjects only).
     */
    public List<Problem> validateNodes(Graph data, Collection<Node> nodes, GraphFiles files, Home home) {
        ShaclValidator validator = ShaclValidator.get();
        return problems(nodes.stream().flatMap(n -> validator.validate(shapes, data, n).getEntries().stream()),
                files, home);
    }

    private List<Problem> problems(Stream<ReportEntry> entries, GraphFiles files, Home home) {
        return entries.map(e -> problem(e, files, home))
                .distinct()
                .sorted(Comparator.comparing(Problem::file).thenComparing(Problem::resource).thenComparing(Problem::rule))
                .toList();
    }

    private Problem problem(ReportEntry entry, GraphFiles files, Home home) {
        Path file = files.fileOf(entry.focusNode());
        String rule = show(namedShape(entry.source()));
        if (entry.resultPath() != null) {
            rule += " (" + entry.resultPath().toString(new Prologue(PREFIXES)) + ", "
                    + show(entry.sourceConstraintComponent()) + ")";
        }
        return new Problem(file == null ? "(no file)" : home.show(file), show(entry.focusNode()), rule,
                entry.value() == null ? "" : show(entry.value()), entry.message());
    }

    /** The node shape a (blank) property shape belongs to, so that the rule has a name. */
    private Node namedShape(Node shape) {
        if (shape == null || !shape.isBlank()) {
            return shape;
        }
        return shapesGraph.find(Node.ANY, SHACL.property, shape)
                .mapWith(t -> t.getSubject()).nextOptional().orElse(shape);
    }

    private static String show(Node node) {
        if (node == null) {
            return "";
        }
        return node.isBlank() ? "(unnamed shape)" : FmtUtils.stringForNode(node, PREFIXES);
    }
}
