package org.w3id.aperture.mot;

import static org.w3id.aperture.upstream.ModelTurtle.literal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIs;
import org.w3id.aperture.mot.MotRecord.Value;
import org.w3id.aperture.upstream.ImportException;
import org.w3id.aperture.upstream.ModelTurtle;
import org.w3id.aperture.vocab.Slugs;

/**
 * Renders one MOT record as a Turtle file: the record, its global licenses, one assessment per
 * MOF component (in class order III, II, I), any component of an unknown name, and the MOF
 * results Aperture computes with MOT's rules. The layout is fixed: the same record gives the same bytes.
 */
final class MotTurtle {
    /** MOT's schema (schema/mof_schema.json): the values release.type and release.architecture may take. */
    private static final Set<String> SCHEMA_TYPES =
            Set.of("", "language", "vision", "image", "audio", "video", "3d", "code", "multimodal", "other");
    private static final Set<String> SCHEMA_ARCHITECTURES = Set.of("", "transformer", "transformer decoder",
            "transformer encoder-decoder", "decoder", "encoder", "diffusion", "RNN", "CNN", "LSTM", "NeRF",
            "hybrid", "undisclosed", "other");
    private static final Pattern HF_URL = Pattern.compile("^https?://huggingface\\.co/([^/?#\\s]+)/([^/?#\\s]+)");
    private static final Set<String> HF_NON_MODEL_PATHS =
            Set.of("datasets", "spaces", "collections", "papers", "docs", "blog", "organizations", "models");
    private static final Pattern HF_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
    static final String PREFIXES = ModelTurtle.PREFIXES + "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n";

    private final MofSettings settings;
    private final LicenseResources licenses;
    private final List<MofComponent> ordered;

    MotTurtle(MofSettings settings, LicenseResources licenses) {
        this.settings = settings;
        this.licenses = licenses;
        this.ordered = settings.components().stream()
                .sorted(Comparator.comparingInt((MofComponent c) -> -c.mofClass()).thenComparing(c -> !c.required()))
                .toList();
    }

    /** An absolute http(s) IRI that Turtle can hold between angle brackets. */
    static boolean isLink(String text) {
        return text.matches("https?://[^\\s<>\"{}|\\\\^`]+") && IRIs.check(text);
    }

    String render(MotRecord record, String slug, MofEvaluation eval, ImportSummary summary) {
        Path file = record.file();
        MotRecord.Release r = record.release();
        String self = "<mot/" + slug + ">";
        String fileRef = MotSource.fileRef(file.getFileName().toString());
        StringBuilder out = new StringBuilder();
        out.append("# ").append(oneLine(r.name().text())).append(": imported by `aperture import-mot` from models/")
                .append(file.getFileName()).append(" of the Model Openness Tool (commit ").append(MotSource.COMMIT, 0, 7)
                .append(").\n# Regenerated on every import. ap:mofClassComputed, the ap:mofProgress nodes and the ap:mof* values of the\n")
                .append("# assessments are derived by Aperture with the rules of MOT's evaluator; MOT does not store them.\n\n")
                .append(PREFIXES).append('\n');

        out.append(self).append(" a ap:MotRecord ;\n");
        property(out, "rdfs:label", literal(r.name().text()));
        text(out, "ap:version", r.version(), "release.version", summary, file);
        date(out, r.date(), summary, file);
        Value type = text(out, "ap:modelType", r.type(), "release.type", summary, file);
        if (type != null && !SCHEMA_TYPES.contains(type.text())) {
            summary.note("release.type not in MOT's schema list", file, type.line());
        }
        Value arch = text(out, "ap:architecture", r.architecture(), "release.architecture", summary, file);
        if (arch != null && !SCHEMA_ARCHITECTURES.contains(arch.text())) {
            summary.note("release.architecture not in MOT's schema list", file, arch.line());
        }
        if (r.treatment() != null) {
            text(out, "ap:treatment", r.treatment(), "release.treatment", summary, file);
        }
        text(out, "ap:baseModelName", r.origin(), "release.origin", summary, file);
        producer(out, r.producer(), summary, file);
        contact(r.contact(), summary, file);
        link(out, "ap:repository", "ap:repositoryAsWritten", r.repository(), "release.repository", summary, file);
        huggingFace(out, r.huggingface(), summary, file);
        property(out, "ap:frameworkVersion", literal(record.framework().version().text()));
        typedDate(record.framework().date()).ifPresent(d -> property(out, "ap:frameworkDate", d));
        for (String scope : MotReader.LICENSE_SCOPES) {
            r.license(scope).filter(l -> has(l.name()) || has(l.path()))
                    .ifPresent(l -> property(out, "ap:globalLicense", globalRef(slug, scope)));
        }
        property(out, "ap:mofClassComputed", Integer.toString(eval.mofClass()));
        if (!eval.notTypeAppropriate().isEmpty()) {
            property(out, "ap:mofNotTypeAppropriate", concepts(eval.notTypeAppropriate()));
        }
        property(out, "ap:mofProgress", progressRef(slug, 3) + ", " + progressRef(slug, 2) + ", " + progressRef(slug, 1));
        out.append("    prov:wasDerivedFrom ").append(fileRef).append(" ;\n")
                .append("    ap:sourceLine ").append(record.line()).append(" .\n");

        for (MotRecord.GlobalLicense l : r.licenses()) {
            globalLicense(out, slug, l, fileRef, summary, file);
        }
        for (MofComponent c : ordered) {
            Optional<MotRecord.ListedComponent> listed = r.components().stream()
                    .filter(l -> l.component() == c).findFirst();
            assessment(out, slug, c, listed.orElse(null), eval, fileRef, summary, file);
        }
        unknownComponents(out, slug, r, fileRef, summary, file);
        for (int mofClass = 3; mofClass >= 1; mofClass--) {
            progress(out, slug, mofClass, eval, fileRef);
        }
        return out.toString();
    }

    // ---- record --------------------------------------------------------------------------------

    private static void property(StringBuilder out, String property, String object) {
        out.append("    ").append(property).append(' ').append(object).append(" ;\n");
    }

    private static boolean has(Value v) {
        return v != null && v.hasText();
    }

    private static Value text(StringBuilder out, String property, Value value, String field,
                              ImportSummary summary, Path file) {
        if (!present(value, field, summary, file)) {
            return null;
        }
        property(out, property, literal(value.text()));
        return value;
    }

    /** Whether a value has a text; notes it when the field is absent or empty. */
    private static boolean present(Value value, String field, ImportSummary summary, Path file) {
        if (value == null) {
            summary.note("not given: " + field, file, 0);
            return false;
        }
        if (!value.hasText()) {
            summary.note("empty value: " + field, file, value.line());
            return false;
        }
        return true;
    }

    private static void date(StringBuilder out, Value date, ImportSummary summary, Path file) {
        if (!present(date, "release.date", summary, file)) {
            return;
        }
        Optional<String> typed = typedDate(date);
        if (typed.isPresent()) {
            property(out, "dcterms:modified", typed.get());
        } else {
            summary.note("malformed date (kept as written)", file, date.line());
            property(out, "ap:dateAsWritten", literal(date.text()));
        }
    }

    /** A date as xsd:date, xsd:gYearMonth or xsd:gYear, as precise as written; empty if it is none of them. */
    static Optional<String> typedDate(Value date) {
        if (date == null || !date.hasText()) {
            return Optional.empty();
        }
        String text = date.text();
        return parse(text, LocalDate::parse, "xsd:date")
                .or(() -> parse(text, YearMonth::parse, "xsd:gYearMonth"))
                .or(() -> YEAR.matcher(text).matches() ? Optional.of("\"" + text + "\"^^xsd:gYear") : Optional.empty());
    }

    private static Optional<String> parse(String text, Function<String, ?> parser, String datatype) {
        try {
            parser.apply(text);
            return Optional.of("\"" + text + "\"^^" + datatype);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void producer(StringBuilder out, Value producer, ImportSummary summary, Path file) {
        if (!present(producer, "release.producer", summary, file)) {
            return;
        }
        property(out, "ap:producerName", literal(producer.text()));
        orgSlug(producer.text()).ifPresentOrElse(s -> property(out, "ap:producer", "<org/" + s + ">"),
                () -> summary.note("producer without letters or digits (no organisation)", file, producer.line()));
    }

    static Optional<String> orgSlug(String name) {
        try {
            return Optional.of(Slugs.of(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A contact (an e-mail address) is personal data: counted, not imported. */
    private static void contact(Value contact, ImportSummary summary, Path file) {
        if (contact != null && contact.hasText()) {
            summary.note("release.contact given (personal data, not imported)", file, contact.line());
        } else {
            present(contact, "release.contact", summary, file);
        }
    }

    private static void link(StringBuilder out, String property, String asWritten, Value value, String field,
                             ImportSummary summary, Path file) {
        if (!present(value, field, summary, file)) {
            return;
        }
        if (isLink(value.text())) {
            property(out, property, "<" + value.text() + ">");
        } else {
            summary.note(field + " not a link (kept as written)", file, value.line());
            property(out, asWritten, literal(value.text()));
        }
    }

    private static void huggingFace(StringBuilder out, Value hf, ImportSummary summary, Path file) {
        if (!present(hf, "release.huggingface", summary, file)) {
            return;
        }
        String text = hf.text();
        Matcher url = HF_URL.matcher(text);
        boolean modelUrl = url.find() && !HF_NON_MODEL_PATHS.contains(url.group(1));
        String id = modelUrl ? url.group(1) + "/" + url.group(2) : null;
        if (isLink(text)) {
            property(out, "foaf:page", "<" + text + ">");
            if (modelUrl) {
                property(out, "ap:huggingFaceId", literal(id));
            } else {
                summary.note("release.huggingface a link to no Hugging Face model (no id)", file, hf.line());
            }
        } else if (HF_ID.matcher(text).matches()) {
            summary.note("release.huggingface an id, not a link", file, hf.line());
            property(out, "ap:huggingFaceId", literal(text));
        } else if (modelUrl) {
            summary.note("release.huggingface a link followed by other text (id from the link, text kept as written)", file, hf.line());
            property(out, "ap:huggingFaceId", literal(id));
            property(out, "ap:huggingFaceAsWritten", literal(text));
        } else {
            summary.note("release.huggingface neither a link nor an id (kept as written)", file, hf.line());
            property(out, "ap:huggingFaceAsWritten", literal(text));
        }
    }

    // ---- global licenses -----------------------------------------------------------------------

    private static String globalRef(String slug, String scope) {
        return "<mot/" + slug + "/license-" + scope + ">";
    }

    private void globalLicense(StringBuilder out, String slug, MotRecord.GlobalLicense l, String fileRef,
                               ImportSummary summary, Path file) {
        String field = "release.license." + l.scope();
        if (!has(l.name()) && !has(l.path())) {
            summary.note("empty value: " + field + " (no name, no path)", file, l.line());
            return;
        }
        out.append('\n').append(globalRef(slug, l.scope())).append(" a ap:GlobalLicense ;\n");
        property(out, "ap:licenseScope", literal(l.scope()));
        if (present(l.name(), field + ".name", summary, file)) {
            license(out, l.name(), "release.license", summary, file);
        }
        path(out, "ap:licensePath", "ap:licensePathAsWritten", l.path(), field + ".path", summary, file);
        out.append("    prov:wasDerivedFrom ").append(fileRef).append(" ;\n")
                .append("    ap:sourceLine ").append(l.line()).append(" .\n");
    }

    private void license(StringBuilder out, Value name, String where, ImportSummary summary, Path file) {
        property(out, "ap:licenseAsWritten", literal(name.text()));
        if (name.text().equals(LicenseResources.UNLICENSED)) {
            summary.note("license 'unlicensed' (" + where + ")", file, name.line());
        }
        String resource = licenses.resource(name.text(), summary, file, name.line());
        if (resource != null) {
            property(out, "ap:license", "<" + resource + ">");
        }
    }

    private static void path(StringBuilder out, String property, String asWritten, Value value, String field,
                             ImportSummary summary, Path file) {
        if (value == null) {
            return;
        }
        link(out, property, asWritten, value, field, summary, file);
    }

    // ---- assessments ---------------------------------------------------------------------------

    private void assessment(StringBuilder out, String slug, MofComponent c, MotRecord.ListedComponent listed,
                            MofEvaluation eval, String fileRef, ImportSummary summary, Path file) {
        out.append('\n').append("<mot/").append(slug).append('/').append(c.slug()).append("> a ap:FrameworkAssessment ;\n");
        property(out, "ap:ratedRecord", "<mot/" + slug + ">");
        property(out, "ap:dimension", "<mof/" + c.slug() + ">");
        property(out, "ap:included", Boolean.toString(listed != null));
        if (listed != null) {
            listedValues(out, listed, summary, file);
            MofEvaluation.Resolution res = eval.resolutions().get(c.id());
            property(out, "ap:mofResolvedLicense", literal(res.license()));
            if (res.source() == MofEvaluation.LicenseSource.CONTENT_TYPE) {
                property(out, "ap:mofLicenseFrom", globalRef(slug, c.contentType()));
            } else if (res.source() == MofEvaluation.LicenseSource.DISTRIBUTION) {
                property(out, "ap:mofLicenseFrom", globalRef(slug, "distribution"));
            }
            property(out, "ap:mofLicenseVerdict", "<mof-license-verdict/" + res.verdict().slug() + ">");
        }
        out.append("    prov:wasDerivedFrom ").append(fileRef);
        if (listed != null) {
            out.append(" ;\n    ap:sourceLine ").append(listed.line());
        }
        out.append(" .\n");
    }

    private void listedValues(StringBuilder out, MotRecord.ListedComponent listed, ImportSummary summary, Path file) {
        String where = "component " + listed.name().text();
        if (listed.description() != null && listed.description().text() != null) {
            property(out, "dcterms:description", literal(listed.description().text()));
        }
        Value license = listed.license();
        if (license != null) {
            if (license.text() == null) {
                summary.note("empty value: component license (null: MOT falls back to the global license)", file, license.line());
            } else if (license.text().isEmpty()) {
                summary.note("empty value: component license ('': MOT counts it unlicensed)", file, license.line());
                property(out, "ap:licenseAsWritten", literal(""));
            } else {
                license(out, license, "component", summary, file);
            }
        }
        path(out, "ap:licensePath", "ap:licensePathAsWritten", listed.licensePath(), "component license_path", summary, file);
        path(out, "ap:componentPath", "ap:componentPathAsWritten", listed.componentPath(), "component component_path", summary, file);
    }

    private void unknownComponents(StringBuilder out, String slug, MotRecord.Release r, String fileRef,
                                   ImportSummary summary, Path file) {
        for (MotRecord.ListedComponent listed : r.components()) {
            if (listed.component() != null) {
                continue;
            }
            summary.note("component name not one of MOF's 17 (kept as written, not evaluated)", file, listed.line());
            String part = orgSlug(listed.name().text()).orElseThrow(() -> new ImportException(file, listed.line(),
                    "component name '" + listed.name().text() + "' has no letters or digits to name it by"));
            if (settings.components().stream().anyMatch(c -> c.slug().equals(part))
                    || part.startsWith("license-") || part.startsWith("progress-")) {
                throw new ImportException(file, listed.line(), "component name '" + listed.name().text()
                        + "' is not a MOF component but would share the IRI mot/" + slug + "/" + part);
            }
            out.append('\n').append("<mot/").append(slug).append('/').append(part).append("> a ap:FrameworkAssessment ;\n");
            property(out, "ap:ratedRecord", "<mot/" + slug + ">");
            property(out, "ap:componentNameAsWritten", literal(listed.name().text()));
            property(out, "ap:included", "true");
            listedValues(out, listed, summary, file);
            out.append("    prov:wasDerivedFrom ").append(fileRef).append(" ;\n")
                    .append("    ap:sourceLine ").append(listed.line()).append(" .\n");
        }
    }

    // ---- MOF results ---------------------------------------------------------------------------

    private static String progressRef(String slug, int mofClass) {
        return "<mot/" + slug + "/progress-class-" + mofClass + ">";
    }

    private void progress(StringBuilder out, String slug, int mofClass, MofEvaluation eval, String fileRef) {
        MofEvaluation.ClassResult c = eval.of(mofClass);
        out.append('\n').append(progressRef(slug, mofClass)).append(" a ap:MofProgress ;\n");
        property(out, "ap:mofClassNumber", Integer.toString(mofClass));
        property(out, "ap:percent", percent(eval.progress(mofClass)));
        list(out, "ap:mofIncluded", c.included());
        list(out, "ap:mofOptional", c.optional());
        list(out, "ap:mofMissing", c.missing());
        list(out, "ap:mofUnlicensed", c.unlicensed());
        list(out, "ap:mofInvalid", c.invalid());
        out.append("    prov:wasDerivedFrom ").append(fileRef).append(", ").append(MotSource.fileRef(MofSettings.FILE))
                .append(", ").append(MotSource.fileRef(MotLicenses.SPDX_FILE)).append(", ")
                .append(MotSource.fileRef(MotLicenses.MOF_FILE)).append(" .\n");
    }

    /**
     * A percentage as an xsd:decimal to two decimals, in the canonical form (no trailing zeros, at
     * least one decimal: 100.0, 83.33) that a TDB2 store gives back, so both modes hold the same term.
     */
    static String percent(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
    }

    private void list(StringBuilder out, String property, List<Integer> ids) {
        if (!ids.isEmpty()) {
            property(out, property, concepts(ids));
        }
    }

    private String concepts(List<Integer> ids) {
        return String.join(", ", ids.stream().map(id -> "<mof/" + settings.byId(id).slug() + ">").toList());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
