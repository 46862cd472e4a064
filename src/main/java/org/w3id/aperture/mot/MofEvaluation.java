package org.w3id.aperture.mot;

import java.util.List;
import java.util.Map;

/**
 * The result of evaluating one record as MOT's ModelEvaluator does: for each class (3, 2, 1) the
 * components it counts as included, the optional ones with an open license, and the missing,
 * unlicensed and invalid ones; the components whose open license is not of their content type;
 * and, per listed component, the license MOT resolved and its verdict on it.
 */
public record MofEvaluation(Map<Integer, ClassResult> classes, List<Integer> notTypeAppropriate,
                            Map<Integer, Resolution> resolutions, Map<Integer, Double> progress, int mofClass) {

    /** What MOT lists for one class; each list holds component ids in MOT's order. */
    public record ClassResult(List<Integer> included, List<Integer> optional, List<Integer> missing,
                              List<Integer> unlicensed, List<Integer> invalid) {}

    /** Where a component's license came from, by MOT's order of resolution. */
    public enum LicenseSource { COMPONENT, CONTENT_TYPE, DISTRIBUTION, NONE }

    /** MOT's verdict on a listed component's license. */
    public enum Verdict {
        OPEN("open"), OPEN_NOT_TYPE_APPROPRIATE("open-not-type-appropriate"), UNLICENSED("unlicensed"), INVALID("invalid");

        private final String slug;

        Verdict(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }

    /**
     * The license MOT uses for a listed component ({@code license} is "unlicensed" when none
     * resolves), where it came from, and the verdict.
     */
    public record Resolution(String license, LicenseSource source, Verdict verdict) {}

    /** The progress towards a class in percent, as MOT's ModelEvaluator::getProgress computes it. */
    public double progress(int mofClass) {
        return progress.get(mofClass);
    }

    /** The progress as MOT's badges show it: PHP's round(), half away from zero, to a whole percent. */
    public long shownProgress(int mofClass) {
        return Math.round(progress(mofClass));
    }

    public ClassResult of(int mofClass) {
        return classes.get(mofClass);
    }
}
