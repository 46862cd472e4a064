package org.w3id.aperture.mot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.mot.MofEvaluation.LicenseSource;
import org.w3id.aperture.mot.MofEvaluation.Verdict;

/**
 * The MOF class and progress of small records, each expected value worked out by hand from MOT's
 * rules (docs/frameworks.md) and written with the reason. MOT's settings and license lists are the
 * vendored ones. Component ids: architecture 9, final parameters 10, evaluation results 12, model
 * card 13, data card 14, technical report 11; training code 7, inference code 8, evaluation code 18,
 * evaluation data 19; datasets 15, preprocessing code 16, intermediate parameters 24, research paper 21.
 */
class MofEvaluatorTest {
    static final Path MOF = Fixtures.ROOT.resolve("data/upstream/model-openness-tool/mof");
    static final List<String> CLASS_III = List.of("Model architecture", "Model parameters (Final)",
            "Evaluation results", "Model card", "Data card", "Technical report");
    static final List<String> CLASS_II = List.of("Training code", "Inference code", "Evaluation code", "Evaluation data");
    static final List<String> CLASS_I = List.of("Datasets", "Data preprocessing code", "Model parameters (Intermediate)",
            "Research paper");

    static MofSettings settings;
    static MofEvaluator evaluator;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        settings = MofSettings.read(MOF);
        evaluator = new MofEvaluator(settings, MotLicenses.read(MOF));
    }

    /** A record whose release.license has the given "scope=name" entries and the given components, "Name" or "Name=license". */
    MofEvaluation evaluate(List<String> global, List<String> components) {
        StringBuilder yaml = new StringBuilder("""
                framework:
                  name: 'Model Openness Framework'
                  version: '1.0'
                  date: '2024-12-15'
                release:
                  name: Case
                  producer: Test
                """);
        yaml.append(global.isEmpty() ? "  license: {}\n" : "  license:\n");
        for (String g : global) {
            String[] kv = g.split("=", 2);
            yaml.append("    ").append(kv[0]).append(":\n      name: ").append(kv[1]).append('\n');
        }
        yaml.append(components.isEmpty() ? "  components: []\n" : "  components:\n");
        for (String c : components) {
            String[] kv = c.split("=", 2);
            yaml.append("    - name: '").append(kv[0]).append("'\n");
            if (kv.length == 2) {
                yaml.append("      license: ").append(kv[1]).append('\n');
            }
        }
        try {
            Path file = Files.writeString(dir.resolve("Case.yml"), yaml);
            return evaluator.evaluate(new MotReader(settings).read(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SafeVarargs
    static List<String> all(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    static List<String> without(List<String> names, String... removed) {
        List<String> out = new ArrayList<>(names);
        out.removeAll(List.of(removed));
        return out;
    }

    static List<String> with(List<String> names, String name, String license) {
        return names.stream().map(n -> n.equals(name) ? n + "=" + license : n).toList();
    }

    static void assertProgress(MofEvaluation e, int mofClass, double p1, double p2, double p3) {
        assertEquals(mofClass, e.mofClass(), "class");
        assertEquals(p1, e.progress(1), 1e-9, "progress towards class I");
        assertEquals(p2, e.progress(2), 1e-9, "progress towards class II");
        assertEquals(p3, e.progress(3), 1e-9, "progress towards class III");
    }

    static final List<String> APACHE = List.of("distribution=Apache-2.0");

    // ---- classes are cumulative, progress is the share of the required components ----------------

    @Test
    void nothingListedIsUnclassified() {
        // no component: 0 of class III's 6, and classes II and I are 0 since class III is not met
        assertProgress(evaluate(List.of(), List.of()), 0, 0, 0, 0);
    }

    @Test
    void classIIIAloneCountsTowardsClassIIButNotClassI() {
        // 6 of 6 for class III; class II counts the same 6 of its 10 (III's and II's); class I is 0 because class II is not met
        MofEvaluation e = evaluate(APACHE, CLASS_III);
        assertProgress(e, 3, 0, 60, 100);
        assertEquals(List.of(7, 8, 18, 19), e.of(2).missing(), "class II misses its own four components");
        assertEquals(List.of(7, 8, 18, 19, 15, 16, 24, 21), e.of(1).missing(), "class I misses class II's four and its own four");
    }

    @Test
    void oneInvalidComponentOfClassIIStopsAtNinetyPercent() {
        // classes III and II listed, evaluation data under a non-open license: 9 of 10 for class II, so class I is 0
        MofEvaluation e = evaluate(APACHE, with(all(CLASS_III, CLASS_II), "Evaluation data", "CC-BY-NC-4.0"));
        assertProgress(e, 3, 0, 90, 100);
        assertEquals(List.of(19), e.of(2).invalid());
    }

    @Test
    void aCompleteClassIIDoesNotCountWhenClassIIIIsIncomplete() {
        // everything required but the model card: class III is 5 of 6, so classes II and I are 0
        MofEvaluation e = evaluate(APACHE, without(all(CLASS_III, CLASS_II, CLASS_I), "Model card"));
        assertProgress(e, 0, 0, 0, 5 * 100.0 / 6);
        assertEquals(83, e.shownProgress(3), "MOT's badge rounds 83.33 to 83");
    }

    @Test
    void classIPartProgressIsTheShareOfAllFourteen() {
        // all required but the datasets, with report and paper: classes III and II met, class I has 13 of 14
        MofEvaluation e = evaluate(APACHE, without(all(CLASS_III, CLASS_II, CLASS_I), "Datasets"));
        assertProgress(e, 2, 13 / 14.0 * 100, 100, 100);
        assertEquals(93, e.shownProgress(1), "92.857 is shown as 93");
        assertEquals("92.86", MotTurtle.percent(e.progress(1)), "and written with two decimals");
        assertEquals("100.0", MotTurtle.percent(e.progress(2)), "in the canonical form of an xsd:decimal");
    }

    @Test
    void everythingRequiredIsClassI() {
        // the 14 required components, all open: 14 of 14
        assertProgress(evaluate(APACHE, all(CLASS_III, CLASS_II, CLASS_I)), 1, 100, 100, 100);
    }

    @Test
    void optionalComponentsNeverCount() {
        // only the three optional components, open: nothing required is listed
        MofEvaluation e = evaluate(APACHE, List.of("Sample model outputs", "Supporting libraries and tools",
                "Model metadata=CC-BY-NC-4.0"));
        assertProgress(e, 0, 0, 0, 0);
        assertEquals(List.of(20, 22), e.of(1).optional(), "the open optional ones are listed as optional");
        assertEquals(List.of(17), e.of(1).invalid(), "an optional one under a non-open license is listed as invalid");
        assertTrue(e.of(3).invalid().isEmpty(), "model metadata is optional in class I only");
    }

    // ---- license resolution: component, then content type, then distribution ----------------------

    @Test
    void aComponentLicenseComesBeforeTheGlobalOnes() {
        // the model card's own non-open license wins over the open distribution license: 5 of 6
        MofEvaluation e = evaluate(APACHE, with(CLASS_III, "Model card", "CC-BY-NC-4.0"));
        assertProgress(e, 0, 0, 0, 5 * 100.0 / 6);
        assertEquals(new MofEvaluation.Resolution("CC-BY-NC-4.0", LicenseSource.COMPONENT, Verdict.INVALID),
                e.resolutions().get(13));
    }

    @Test
    void theContentTypeLicenseComesBeforeTheDistributionLicense() {
        // documents (results, model card, data card, report) take the non-open document license; the code and data components the distribution's
        MofEvaluation e = evaluate(List.of("distribution=Apache-2.0", "document=CC-BY-NC-4.0"), CLASS_III);
        assertProgress(e, 0, 0, 0, 2 * 100.0 / 6);
        assertEquals(LicenseSource.CONTENT_TYPE, e.resolutions().get(13).source());
        assertEquals(LicenseSource.DISTRIBUTION, e.resolutions().get(9).source());
        assertEquals(List.of(12, 13, 14, 11), e.of(3).invalid());
    }

    @Test
    void unlicensedOnAComponentEndsTheSearch() {
        // "unlicensed" is stored as an empty license, which does not fall back to the distribution license
        MofEvaluation e = evaluate(APACHE, with(CLASS_III, "Model card", "unlicensed"));
        assertProgress(e, 0, 0, 0, 5 * 100.0 / 6);
        assertEquals(List.of(13), e.of(3).unlicensed());
        assertEquals(LicenseSource.NONE, e.resolutions().get(13).source());
    }

    @Test
    void anEmptyComponentLicenseIsUnlicensed() {
        // '' is set, so the search stops there, and an empty license is unlicensed
        MofEvaluation e = evaluate(APACHE, with(CLASS_III, "Model card", "''"));
        assertEquals(List.of(13), e.of(3).unlicensed());
        assertEquals(5 * 100.0 / 6, e.progress(3), 1e-9);
    }

    @Test
    void aNullComponentLicenseFallsBackToTheGlobalOnes() {
        // license: with no value is not set (PHP isset), so the distribution license applies: 6 of 6
        MofEvaluation e = evaluate(APACHE, with(CLASS_III, "Model card", "~"));
        assertProgress(e, 3, 0, 60, 100);
        assertEquals(LicenseSource.DISTRIBUTION, e.resolutions().get(13).source());
    }

    @Test
    void aGlobalNameZeroIsEmptyAsPhpSeesIt() {
        // PHP's empty("0") is true: the document license "0" is skipped and the distribution's applies
        MofEvaluation e = evaluate(List.of("distribution=Apache-2.0", "document='0'"), CLASS_III);
        assertProgress(e, 3, 0, 60, 100);
    }

    @Test
    void noLicenseAnywhereLeavesEveryComponentUnlicensed() {
        // listed but no license at any level: all six unlicensed, none counts
        MofEvaluation e = evaluate(List.of(), CLASS_III);
        assertProgress(e, 0, 0, 0, 0);
        assertEquals(List.of(9, 10, 12, 13, 14, 11), e.of(3).unlicensed());
    }

    // ---- the open and type-appropriate tests ------------------------------------------------------

    @Test
    void licenseIdsAreComparedAsWritten() {
        // "apache-2.0" is not the id "Apache-2.0" in MOT's table: every component is invalid
        MofEvaluation e = evaluate(List.of("distribution=apache-2.0"), CLASS_III);
        assertProgress(e, 0, 0, 0, 0);
        assertEquals(6, e.of(3).invalid().size());
    }

    @Test
    void anOpenLicenseOfAnotherContentTypeCountsWithAWarning() {
        // Apache-2.0 is code and document in mof-licenses.json; the final parameters are data: counted, and listed as not type-appropriate
        MofEvaluation e = evaluate(APACHE, CLASS_III);
        assertEquals(List.of(10), e.notTypeAppropriate());
        assertEquals(Verdict.OPEN_NOT_TYPE_APPROPRIATE, e.resolutions().get(10).verdict());
        assertEquals(Verdict.OPEN, e.resolutions().get(9).verdict());
    }

    @Test
    void cc0IsOnlyADocumentLicenseInMotsTable() {
        // mof-licenses.json lists CC0-1.0 twice, data then document; the second entry replaces the first, so for data it is open but not type-appropriate
        MofEvaluation e = evaluate(List.of(), List.of("Datasets=CC0-1.0", "Model card=CC0-1.0"));
        assertEquals(Verdict.OPEN_NOT_TYPE_APPROPRIATE, e.resolutions().get(15).verdict());
        assertEquals(Verdict.OPEN, e.resolutions().get(13).verdict());
    }

    @Test
    void mitIsACodeLicense() {
        // MIT is OSI approved (open) and code only: type-appropriate for code, not for a document
        MofEvaluation e = evaluate(List.of(), List.of("Training code=MIT", "Model card=MIT"));
        assertEquals(Verdict.OPEN, e.resolutions().get(7).verdict());
        assertEquals(Verdict.OPEN_NOT_TYPE_APPROPRIATE, e.resolutions().get(13).verdict());
    }

    @Test
    void openDataLicensesAreOpenByMotsOwnList() {
        // CDLA-Permissive-2.0 is neither OSI approved nor FSF libre but on MOT's open-data list, and a data license in its table
        MofEvaluation e = evaluate(List.of(), List.of("Datasets=CDLA-Permissive-2.0", "Training code=CDLA-Permissive-2.0"));
        assertEquals(Verdict.OPEN, e.resolutions().get(15).verdict());
        assertEquals(Verdict.OPEN_NOT_TYPE_APPROPRIATE, e.resolutions().get(7).verdict());
    }

    @Test
    void openMdwIsOpenForEveryContentType() {
        // OpenMDW-1.0 is on MOT's list of open licenses and has all three content types
        MofEvaluation e = evaluate(List.of("distribution=OpenMDW-1.0"), all(CLASS_III, CLASS_II, CLASS_I));
        assertProgress(e, 1, 100, 100, 100);
        assertTrue(e.notTypeAppropriate().isEmpty());
    }

    @Test
    void anSpdxLicenseMotDoesNotTypeIsOpenButNeverTypeAppropriate() {
        // BSD-3-Clause is OSI approved in licenses.json and absent from mof-licenses.json, so it has no content type
        MofEvaluation e = evaluate(List.of(), List.of("Training code=BSD-3-Clause"));
        assertEquals(Verdict.OPEN_NOT_TYPE_APPROPRIATE, e.resolutions().get(7).verdict());
    }

    @Test
    void aCustomLicenseIsInvalid() {
        // a license name MOT's table does not have is neither open nor type-appropriate
        MofEvaluation e = evaluate(List.of(), List.of("Model parameters (Final)='Llama 2 Community License'"));
        assertEquals(Verdict.INVALID, e.resolutions().get(10).verdict());
        assertEquals(List.of(10), e.of(3).invalid());
    }

    // ---- the research paper may replace the technical report --------------------------------------

    @Test
    void aResearchPaperStandsInForAMissingTechnicalReport() {
        // class III without the report but with an open paper: the report leaves the missing lists and the paper counts in III: 6 of 6
        MofEvaluation e = evaluate(APACHE, all(without(CLASS_III, "Technical report"), List.of("Research paper")));
        assertProgress(e, 3, 0, 60, 100);
        assertFalse(e.of(3).missing().contains(11));
        assertTrue(e.of(3).included().contains(21) && e.of(2).included().contains(21));
    }

    @Test
    void anUnlicensedPaperStillTakesTheReportsPlaceButDoesNotCount() {
        // the paper is listed (unlicensed): the report is no longer missing, the paper joins III as unlicensed: 5 of 6
        MofEvaluation e = evaluate(APACHE, all(without(CLASS_III, "Technical report"), List.of("Research paper=unlicensed")));
        assertProgress(e, 0, 0, 0, 5 * 100.0 / 6);
        assertFalse(e.of(3).missing().contains(11));
        assertEquals(List.of(21), e.of(3).unlicensed());
    }

    @Test
    void anInvalidReportIsReplacedByAnOpenPaper() {
        // the report is listed under a non-open license, so it does not count in III; the open paper does: 6 of 6
        MofEvaluation e = evaluate(APACHE, all(with(CLASS_III, "Technical report", "CC-BY-NC-4.0"), List.of("Research paper")));
        assertProgress(e, 3, 0, 60, 100);
        assertEquals(List.of(11), e.of(3).invalid());
    }

    @Test
    void classINeedsThirteenWhenThePaperReplacesTheReport() {
        // all required but the report: class I's total drops from 14 to 13 since the paper counts and the report does not: 13 of 13
        MofEvaluation e = evaluate(APACHE, without(all(CLASS_III, CLASS_II, CLASS_I), "Technical report"));
        assertProgress(e, 1, 100, 100, 100);
    }

    @Test
    void withoutPaperTheReportIsMissing() {
        // neither report nor paper: III has 5 of 6 and the report is missing in every class
        MofEvaluation e = evaluate(APACHE, without(CLASS_III, "Technical report"));
        assertProgress(e, 0, 0, 0, 5 * 100.0 / 6);
        assertTrue(e.of(3).missing().contains(11) && e.of(1).missing().contains(11));
    }

    @Test
    void anUnknownComponentIsNotEvaluated() {
        // a name that is none of the 17 is left out: the same as class III alone
        MofEvaluation e = evaluate(APACHE, all(CLASS_III, List.of("Model weights")));
        assertProgress(e, 3, 0, 60, 100);
        assertEquals(6, e.resolutions().size());
    }
}
