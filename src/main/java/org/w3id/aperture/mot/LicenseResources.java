package org.w3id.aperture.mot;

import static org.w3id.aperture.upstream.ModelTurtle.literal;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The license resources MOT's license strings stand for, collected while records are rendered and
 * written once into licenses.ttl: an SPDX id (in any case) is license/spdx/<the id as SPDX spells
 * it>, "unlicensed" is license/unlicensed, any other name license/<slug of the name>, which is the
 * resource of data/licenses.ttl when one has that slug.
 */
final class LicenseResources {
    static final String UNLICENSED = "unlicensed";
    static final String LICENSE = "ap:License";

    private final MotLicenses licenses;
    private final Set<String> existingSlugs;
    private final Map<String, String> curatedClasses;
    private final Map<String, MotLicenses.Entry> spdxUsed = new TreeMap<>();
    private final Map<String, Map<String, Integer>> spellingsBySlug = new TreeMap<>();
    private boolean unlicensedUsed;

    /**
     * @param existingSlugs  slugs of the license/ resources data/licenses.ttl already has
     * @param curatedClasses slug -> class (prefixed name) for names that are not licenses
     */
    LicenseResources(MotLicenses licenses, Set<String> existingSlugs, Map<String, String> curatedClasses) {
        this.licenses = licenses;
        this.existingSlugs = existingSlugs;
        this.curatedClasses = curatedClasses;
    }

    /**
     * The resource (relative to the base, e.g. {@code license/spdx/MIT}) for a license string, or
     * null for an empty one or one without letters or digits; what is odd about it goes to the summary.
     */
    String resource(String text, ImportSummary summary, Path file, int line) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.equals(UNLICENSED)) {
            unlicensedUsed = true;
            return "license/" + UNLICENSED;
        }
        if (!licenses.knows(text)) {
            summary.note("license string not in MOT's license lists", file, line);
        }
        if (!text.equals(text.strip())) {
            summary.note("license string with spaces around it", file, line);
        }
        var spdx = licenses.spdx(text);
        if (spdx.isPresent()) {
            if (!spdx.get().id().equals(text)) {
                summary.note("license string an SPDX id spelt otherwise (normalised)", file, line);
            }
            spdxUsed.put(spdx.get().id(), spdx.get());
            return "license/spdx/" + spdx.get().id();
        }
        String slug;
        try {
            slug = org.w3id.aperture.vocab.Slugs.of(text);
        } catch (IllegalArgumentException e) {
            summary.note("license string without letters or digits (no license resource)", file, line);
            return null;
        }
        if (existingSlugs.contains(slug)) {
            summary.note("license name given the resource of data/licenses.ttl with its slug", file, line);
            return "license/" + slug;
        }
        if (curatedClasses.containsKey(slug) && spellingsBySlug.get(slug) == null) {
            summary.note("license string that names no license (class from " + MotImporter.CURATED_TERMS + ")", file, line);
        }
        Map<String, Integer> spellings = spellingsBySlug.computeIfAbsent(slug, s -> new HashMap<>());
        if (!spellings.isEmpty() && !spellings.containsKey(text)) {
            summary.note("license name spelt otherwise than a name with the same slug (one resource)", file, line);
        }
        spellings.merge(text, 1, Integer::sum);
        return "license/" + slug;
    }

    int customNames() {
        return spellingsBySlug.size();
    }

    int spdxIds() {
        return spdxUsed.size();
    }

    /** The body of licenses.ttl, in IRI order. */
    String render() {
        StringBuilder out = new StringBuilder();
        String spdxFile = MotSource.fileRef(MotLicenses.SPDX_FILE);
        for (MotLicenses.Entry e : spdxUsed.values()) {
            out.append('\n').append("<license/spdx/").append(e.id()).append("> a ap:License ;\n")
                    .append("    rdfs:label ").append(literal(e.name() == null ? e.id() : e.name())).append(" ;\n")
                    .append("    skos:notation ").append(literal(e.id())).append(" ;\n")
                    .append("    ap:spdxLicense <http://spdx.org/licenses/").append(e.id()).append("> ;\n");
            if (e.reference() != null && MotTurtle.isLink(e.reference())) {
                out.append("    foaf:page <").append(e.reference()).append("> ;\n");
            }
            out.append("    prov:wasDerivedFrom ").append(spdxFile).append(" .\n");
        }
        for (Map.Entry<String, Map<String, Integer>> slug : spellingsBySlug.entrySet()) {
            List<String> spellings = slug.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            out.append('\n').append("<license/").append(slug.getKey()).append("> a ")
                    .append(curatedClasses.getOrDefault(slug.getKey(), LICENSE)).append(" ;\n")
                    .append("    rdfs:label ").append(literal(spellings.get(0))).append(" ;\n");
            for (String other : spellings.subList(1, spellings.size())) {
                out.append("    skos:altLabel ").append(literal(other)).append(" ;\n");
            }
            out.append("    prov:wasDerivedFrom ").append(MotSource.ref()).append(" .\n");
        }
        if (unlicensedUsed) {
            out.append('\n').append("<license/unlicensed> a ap:AvailabilityStatement ;\n")
                    .append("    rdfs:label \"unlicensed\" ;\n")
                    .append("    rdfs:comment \"The word MOT's records write for a component released under no license; MOT's evaluator counts such a component as unlicensed, not open.\"@en ;\n")
                    .append("    prov:wasDerivedFrom ").append(MotSource.ref()).append(" .\n");
        }
        return out.toString();
    }
}
