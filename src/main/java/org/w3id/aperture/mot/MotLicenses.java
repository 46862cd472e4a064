package org.w3id.aperture.mot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.aperture.upstream.ImportException;

/**
 * The licenses MOT's evaluator knows, built as MOT builds its license table: every entry of
 * licenses.json (the SPDX list), then every entry of mof-licenses.json, a later entry with the
 * same id replacing the earlier one whole. Also the SPDX list itself, to normalise SPDX ids.
 */
public final class MotLicenses {
    public static final String SPDX_FILE = "licenses.json";
    public static final String MOF_FILE = "mof-licenses.json";

    /** Ids MOT's LicenseHandler treats as open for data, whatever the tables say (LicenseHandler::OPEN_DATA_LICENSES). */
    static final Set<String> OPEN_DATA_LICENSES = Set.of(
            "CC0-1.0", "CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-2.5-AU", "CC-BY-3.0", "CC-BY-3.0-AT",
            "CC-BY-3.0-AU", "CC-BY-3.0-DE", "CC-BY-3.0-IGO", "CC-BY-3.0-NL", "CC-BY-3.0-US", "CC-BY-4.0",
            "CC-BY-SA-1.0", "CC-BY-SA-2.0", "CC-BY-SA-2.0-UK", "CC-BY-SA-2.1-JP", "CC-BY-SA-2.5", "CC-BY-SA-3.0",
            "CC-BY-SA-3.0-AT", "CC-BY-SA-4.0", "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0",
            "ODC-PDDL-1.0", "ODC-By-1.0", "ODbL-1.0", "GFDL-1.3", "OGL-Canada-2.0", "OGL-UK-2.0", "OGL-UK-3.0");
    /** Ids MOT's LicenseHandler treats as open in any case (LicenseHandler::OPEN_LICENSES). */
    static final Set<String> OPEN_LICENSES = Set.of("OpenMDW-1.0");

    /** One row of MOT's license table. */
    public record Entry(String id, String name, String reference, boolean osiApproved, boolean fsfLibre,
                        Set<String> contentTypes) {}

    private final Map<String, Entry> table;
    private final Map<String, Entry> spdxByLowerId;

    private MotLicenses(Map<String, Entry> table, Map<String, Entry> spdxByLowerId) {
        this.table = table;
        this.spdxByLowerId = spdxByLowerId;
    }

    /** Reads licenses.json and mof-licenses.json of MOT's {@code mof/} folder as vendored. */
    public static MotLicenses read(Path mofFolder) {
        List<Entry> spdx = entries(mofFolder.resolve(SPDX_FILE));
        Map<String, Entry> table = new HashMap<>();
        Map<String, Entry> byLower = new HashMap<>();
        for (Entry e : spdx) {
            table.put(e.id(), e);
            byLower.put(e.id().toLowerCase(Locale.ROOT), e);
        }
        entries(mofFolder.resolve(MOF_FILE)).forEach(e -> table.put(e.id(), e));
        return new MotLicenses(table, byLower);
    }

    private static List<Entry> entries(Path file) {
        JsonObject root;
        try {
            root = JSON.read(file.toString());
        } catch (JsonException e) {
            throw new ImportException(file, "malformed JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage());
        }
        JsonValue licenses = root.get("licenses");
        if (licenses == null || !licenses.isArray()) {
            throw new ImportException(file, "no 'licenses' list");
        }
        List<Entry> out = new ArrayList<>();
        for (JsonValue value : licenses.getAsArray()) {
            if (!value.isObject() || !isString(value.getAsObject().get("licenseId"))) {
                throw new ImportException(file, "a license entry without a text 'licenseId': " + value);
            }
            JsonObject o = value.getAsObject();
            out.add(new Entry(string(o, "licenseId"), string(o, "name"), string(o, "reference"),
                    bool(o, "isOsiApproved"), bool(o, "isFsfLibre"), contentTypes(o.get("ContentType"))));
        }
        return out;
    }

    /** MOT's LicenseImporter: a text is one type, a list several, anything else none; empty values are dropped. */
    private static Set<String> contentTypes(JsonValue value) {
        Set<String> types = new LinkedHashSet<>();
        if (isString(value)) {
            types.add(value.getAsString().value());
        } else if (value != null && value.isArray()) {
            value.getAsArray().forEach(v -> {
                if (isString(v)) {
                    types.add(v.getAsString().value());
                }
            });
        }
        types.remove("");
        return Set.copyOf(types);
    }

    private static boolean isString(JsonValue v) {
        return v != null && v.isString();
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return isString(v) ? v.getAsString().value() : null;
    }

    /** PHP's {@code (bool) ($value ?? false)} for a JSON value: true only for true. */
    private static boolean bool(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isBoolean() && v.getAsBoolean().value();
    }

    /** LicenseHandler::isOpenSourceLicense: FSF libre, open data, OSI approved, or one of MOT's open licenses. */
    public boolean isOpen(String license) {
        Entry e = table.get(license);
        return (e != null && e.fsfLibre()) || OPEN_DATA_LICENSES.contains(license)
                || (e != null && e.osiApproved()) || OPEN_LICENSES.contains(license);
    }

    /** LicenseHandler::isTypeAppropriate: the license's content types include the component's. */
    public boolean isTypeAppropriate(String license, String contentType) {
        Entry e = table.get(license);
        return e != null && e.contentTypes().contains(contentType);
    }

    /** Whether MOT's table has an entry of exactly this id. */
    public boolean knows(String license) {
        return table.containsKey(license);
    }

    /** The SPDX license whose id this text is, compared without case and surrounding spaces, as SPDX ids are. */
    public Optional<Entry> spdx(String text) {
        return Optional.ofNullable(spdxByLowerId.get(text.strip().toLowerCase(Locale.ROOT)));
    }
}
