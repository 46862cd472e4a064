package org.w3id.aperture.mot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a record's MOF class and progress by the rules of MOT's ModelEvaluator and
 * LicenseHandler (docs/frameworks.md states each rule and where MOT has it).
 */
public final class MofEvaluator {
    static final int TECHNICAL_REPORT = 11;
    static final int RESEARCH_PAPER = 21;
    private static final String UNLICENSED = "unlicensed";

    private final MofSettings settings;
    private final MotLicenses licenses;

    public MofEvaluator(MofSettings settings, MotLicenses licenses) {
        this.settings = settings;
        this.licenses = licenses;
    }

    public MofEvaluation evaluate(MotRecord record) {
        Map<Integer, MotRecord.ListedComponent> listed = new LinkedHashMap<>();
        for (MotRecord.ListedComponent c : record.release().components()) {
            if (c.component() != null) {
                listed.put(c.component().id(), c);
            }
        }
        Map<Integer, MofEvaluation.Resolution> resolutions = new LinkedHashMap<>();
        listed.keySet().forEach(cid -> resolutions.put(cid, resolve(cid, listed.get(cid), record.release())));

        Map<Integer, Lists> classes = new HashMap<>();
        List<Integer> notTypeAppropriate = new ArrayList<>();
        List<Integer> required = new ArrayList<>();
        List<Integer> optional = new ArrayList<>();
        for (int mofClass = 3; mofClass >= 1; mofClass--) {
            required.addAll(settings.ids(mofClass, true));
            optional.addAll(settings.ids(mofClass, false));
            Lists lists = new Lists();
            place(lists, required, true, resolutions, notTypeAppropriate);
            place(lists, optional, false, resolutions, notTypeAppropriate);
            classes.put(mofClass, lists);
        }
        replaceTechnicalReportByResearchPaper(classes);

        Map<Integer, Double> progress = new HashMap<>();
        for (int mofClass = 3; mofClass >= 1; mofClass--) {
            progress.put(mofClass, progress(mofClass, classes));
        }
        int completed = 0;
        for (int mofClass = 3; mofClass >= 1; mofClass--) {
            if (progress.get(mofClass) == 100.0) {
                completed = mofClass;
            }
        }
        Map<Integer, MofEvaluation.ClassResult> results = new HashMap<>();
        classes.forEach((c, l) -> results.put(c, l.result()));
        return new MofEvaluation(Map.copyOf(results), List.copyOf(notTypeAppropriate), resolutions,
                Map.copyOf(progress), completed);
    }

    /** ModelEvaluator::resolveLicense, then the open and type-appropriate tests of evaluateComponents. */
    private MofEvaluation.Resolution resolve(int cid, MotRecord.ListedComponent listed, MotRecord.Release release) {
        String type = settings.byId(cid).contentType();
        String license;
        MofEvaluation.LicenseSource source;
        String own = listed.license() == null ? null : listed.license().text();
        if (own != null) {
            // MOT stores "unlicensed" as an empty license; an empty (or PHP-falsy) license ends the search.
            license = own.equals(UNLICENSED) || phpEmpty(own) ? null : own;
            source = license == null ? MofEvaluation.LicenseSource.NONE : MofEvaluation.LicenseSource.COMPONENT;
        } else if (!phpEmpty(globalName(release, type))) {
            license = globalName(release, type);
            source = MofEvaluation.LicenseSource.CONTENT_TYPE;
        } else if (!phpEmpty(globalName(release, "distribution"))) {
            license = globalName(release, "distribution");
            source = MofEvaluation.LicenseSource.DISTRIBUTION;
        } else {
            license = null;
            source = MofEvaluation.LicenseSource.NONE;
        }
        String used = license == null ? UNLICENSED : license;
        boolean open = licenses.isOpen(used);
        MofEvaluation.Verdict verdict = open && licenses.isTypeAppropriate(used, type) ? MofEvaluation.Verdict.OPEN
                : open ? MofEvaluation.Verdict.OPEN_NOT_TYPE_APPROPRIATE
                : used.equals(UNLICENSED) ? MofEvaluation.Verdict.UNLICENSED
                : MofEvaluation.Verdict.INVALID;
        return new MofEvaluation.Resolution(used, source, verdict);
    }

    private static String globalName(MotRecord.Release release, String scope) {
        return release.license(scope).map(MotRecord.GlobalLicense::name).map(MotRecord.Value::text).orElse(null);
    }

    /** PHP's empty() for a string: null, "" and "0". */
    private static boolean phpEmpty(String s) {
        return s == null || s.isEmpty() || s.equals("0");
    }

    /** ModelEvaluator::evaluateComponents for one class and one list (required or optional). */
    private static void place(Lists lists, List<Integer> ids, boolean required,
                              Map<Integer, MofEvaluation.Resolution> resolutions, List<Integer> notTypeAppropriate) {
        for (int cid : ids) {
            MofEvaluation.Resolution r = resolutions.get(cid);
            if (r == null) {
                if (required) {
                    lists.missing.add(cid);
                }
                continue;
            }
            switch (r.verdict()) {
                case OPEN -> (required ? lists.included : lists.optional).add(cid);
                case OPEN_NOT_TYPE_APPROPRIATE -> {
                    (required ? lists.included : lists.optional).add(cid);
                    if (!notTypeAppropriate.contains(cid)) {
                        notTypeAppropriate.add(cid);
                    }
                }
                case UNLICENSED -> lists.unlicensed.add(cid);
                case INVALID -> lists.invalid.add(cid);
            }
        }
    }

    /**
     * ModelEvaluator::handleTechnicalReportOmission: unless the technical report counts in class 3,
     * a listed research paper takes its place: the report leaves every missing list and the paper
     * joins classes 2 and 3 with the status it has in class 1.
     */
    private static void replaceTechnicalReportByResearchPaper(Map<Integer, Lists> classes) {
        if (classes.get(3).included.contains(TECHNICAL_REPORT)) {
            return;
        }
        List<Integer> paperStatus = classes.get(1).statusListOf(RESEARCH_PAPER);
        if (paperStatus == null) {
            return;
        }
        for (int c = 1; c <= 3; c++) {
            classes.get(c).missing.remove((Integer) TECHNICAL_REPORT);
        }
        for (int c : new int[] {2, 3}) {
            classes.get(c).listLike(classes.get(1), paperStatus).add(RESEARCH_PAPER);
        }
    }

    /**
     * ModelEvaluator::getProgress: the included share of the required components of this class and
     * those below it, 0 unless every lower class is complete; class I needs one component fewer when
     * the research paper counts and the technical report does not.
     */
    private double progress(int mofClass, Map<Integer, Lists> classes) {
        int total = 0;
        int included = 0;
        int i;
        for (i = 3; i >= mofClass; i--) {
            total += settings.ids(i, true).size();
            included = classes.get(i).included.size();
            if (included < total) {
                break;
            }
        }
        if (i > mofClass) {
            return 0;
        }
        Lists first = classes.get(1);
        if (mofClass == 1 && !first.included.contains(TECHNICAL_REPORT) && first.included.contains(RESEARCH_PAPER)) {
            total--;
        }
        double progress = ((double) included / total) * 100;
        return Math.min(progress, 100);
    }

    /** The lists of one class while they are built. */
    private static final class Lists {
        final List<Integer> included = new ArrayList<>();
        final List<Integer> optional = new ArrayList<>();
        final List<Integer> missing = new ArrayList<>();
        final List<Integer> unlicensed = new ArrayList<>();
        final List<Integer> invalid = new ArrayList<>();

        /** ModelEvaluator::getComponentStatus: the included, invalid or unlicensed list holding the id, or null. */
        List<Integer> statusListOf(int cid) {
            for (List<Integer> list : List.of(included, invalid, unlicensed)) {
                if (list.contains(cid)) {
                    return list;
                }
            }
            return null;
        }

        /** This class's list of the same status as {@code list} is in {@code other}. */
        List<Integer> listLike(Lists other, List<Integer> list) {
            return list == other.included ? included : list == other.invalid ? invalid : unlicensed;
        }

        MofEvaluation.ClassResult result() {
            return new MofEvaluation.ClassResult(List.copyOf(included), List.copyOf(optional), List.copyOf(missing),
                    List.copyOf(unlicensed), List.copyOf(invalid));
        }
    }
}
