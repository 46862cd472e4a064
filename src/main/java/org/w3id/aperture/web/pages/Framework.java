package org.w3id.aperture.web.pages;

import java.util.Arrays;
import java.util.Optional;
import org.w3id.aperture.web.core.SiteIris;

/**
 * The frameworks whose records the graph holds beside the paper's models: each with the class of its records, the
 * concept scheme of its components or dimensions, the first segment of its record IRIs and the names pages use.
 */
public enum Framework {
    MOT("mot", "MotRecord", "scheme/mof", "Model Openness Framework", "MOF",
            "the Model Openness Tool's records, rated by the Model Openness Framework (MOF) v1.0"),
    OSAI("osai", "OsaiRecord", "scheme/eosai", "European Open Source AI Index", "OSAI",
            "the European Open Source AI Index's model families, rated open, partial or closed on 12 dimensions"),
    OUC("ouc", "OucRecord", "scheme/ouc", "Opening up ChatGPT", "OUC",
            "Opening up ChatGPT's projects of 2023-24, rated open, partial or closed on 14 items");

    private final String key;
    private final String recordClass;
    private final String scheme;
    private final String title;
    private final String shortName;
    private final String about;

    Framework(String key, String recordClass, String scheme, String title, String shortName, String about) {
        this.key = key;
        this.recordClass = recordClass;
        this.scheme = scheme;
        this.title = title;
        this.shortName = shortName;
        this.about = about;
    }

    /** The catalogue parameter and the first path segment of the records: mot, osai, ouc. */
    public String key() {
        return key;
    }

    String recordClass(SiteIris iris) {
        return iris.namespace() + recordClass;
    }

    String scheme(SiteIris iris) {
        return iris.base() + scheme;
    }

    public String title() {
        return title;
    }

    public String shortName() {
        return shortName;
    }

    /** What the framework's catalogue holds, in a line. */
    public String about() {
        return about;
    }

    public boolean isMof() {
        return this == MOT;
    }

    static Optional<Framework> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
