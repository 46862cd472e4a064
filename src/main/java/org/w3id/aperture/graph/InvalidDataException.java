package org.w3id.aperture.graph;

import java.util.List;
import java.util.stream.Collectors;

/** The data broke one or more SHACL rules; the message lists every problem with its place. */
public class InvalidDataException extends RuntimeException {
    private final List<ShapesValidator.Problem> problems;

    public InvalidDataException(List<ShapesValidator.Problem> problems) {
        super(problems.size() + " validation problem" + (problems.size() == 1 ? "" : "s") + ":\n"
                + problems.stream().map(Object::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ShapesValidator.Problem> problems() {
        return problems;
    }
}
