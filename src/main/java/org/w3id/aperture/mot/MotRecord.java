package org.w3id.aperture.mot;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One model record of the Model Openness Tool as its YAML file states it: every value as written,
 * with its line. A field the file leaves out is null; one it gives as YAML null is a Value whose
 * text is null.
 */
public record MotRecord(Path file, int line, Framework framework, Release release) {

    /** A scalar as written ({@code text} null for YAML null or an empty plain scalar) and its line. */
    public record Value(String text, int line) {
        public boolean isEmpty() {
            return text != null && text.isEmpty();
        }

        public boolean hasText() {
            return text != null && !text.isEmpty();
        }
    }

    /** The {@code framework} block: the MOF version the record is rated against. */
    public record Framework(Value name, Value version, Value date) {}

    /** The {@code release} block. */
    public record Release(Value name, Value version, Value date, Value type, Value architecture,
                          Value treatment, Value origin, Value producer, Value contact, Value repository,
                          Value huggingface, int licenseLine, List<GlobalLicense> licenses,
                          List<ListedComponent> components) {

        public Optional<GlobalLicense> license(String scope) {
            return licenses.stream().filter(l -> l.scope().equals(scope)).findFirst();
        }
    }

    /**
     * An entry of {@code release.license}: the license of the whole distribution or of every
     * component of one content type (code, data, document).
     */
    public record GlobalLicense(String scope, Value name, Value path, int line) {}

    /**
     * An entry of {@code release.components}; {@code component} is the MOF component of that name,
     * or null when the name is not one of the 17.
     */
    public record ListedComponent(Value name, Value description, Value license, Value licensePath,
                                  Value componentPath, int line, MofComponent component) {}

    /** The file name without its .yml or .yaml extension. */
    public String baseName() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
