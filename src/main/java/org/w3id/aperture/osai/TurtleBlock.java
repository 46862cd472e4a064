package org.w3id.aperture.osai;

import java.util.ArrayList;
import java.util.List;
import org.w3id.aperture.upstream.ModelTurtle;

/**
 * The statements about one subject in the layout of data/ files (relative IRIs under the base,
 * one predicate-object pair a line, in the order added), so that the same input gives the same bytes.
 */
final class TurtleBlock {
    private final String subject;
    private final List<String> lines = new ArrayList<>();

    TurtleBlock(String subjectIri, String type) {
        this.subject = ModelTurtle.relative(subjectIri) + " a " + type;
    }

    TurtleBlock iri(String predicate, String iri) {
        lines.add(predicate + " " + ModelTurtle.relative(iri));
        return this;
    }

    TurtleBlock iris(String predicate, List<String> iris) {
        iris.forEach(iri -> iri(predicate, iri));
        return this;
    }

    /** A plain string; nothing when {@code text} is null. */
    TurtleBlock text(String predicate, String text) {
        if (text != null) {
            lines.add(predicate + " " + ModelTurtle.literal(text));
        }
        return this;
    }

    TurtleBlock texts(String predicate, List<String> texts) {
        texts.forEach(text -> text(predicate, text));
        return this;
    }

    /** A string in English. */
    TurtleBlock english(String predicate, String text) {
        lines.add(predicate + " " + ModelTurtle.literal(text) + "@en");
        return this;
    }

    /** A literal of an XSD datatype (local name, such as {@code gYearMonth}). */
    TurtleBlock typed(String predicate, String lexical, String xsdType) {
        lines.add(predicate + " " + ModelTurtle.literal(lexical) + "^^xsd:" + xsdType);
        return this;
    }

    TurtleBlock integer(String predicate, int value) {
        lines.add(predicate + " " + value);
        return this;
    }

    String render() {
        StringBuilder out = new StringBuilder(subject);
        for (String line : lines) {
            out.append(" ;\n    ").append(line);
        }
        return out.append(" .\n").toString();
    }
}
