package org.w3id.aperture.web.pages;

/**
 * A three-step reading shared by the frameworks, used only to point at differences between their ratings: closed
 * (the paper's C1/D1, a MOF component not included, an index's closed), partial (the paper's levels 2 to 4, a MOF
 * component included without a license MOT counts as open, an index's partial) and open (the paper's C5/D5, a MOF
 * component under an open license, an index's open). It is the pages' reading, not any source's rating.
 */
public enum Step {
    CLOSED,
    PARTIAL,
    OPEN
}
