package org.w3id.aperture.osai;

/** The kinds of irregular input an import keeps as written (or reads a documented way) and counts in its summary. */
enum Oddity {
    NOT_APPLICABLE("empty class, imported as not applicable"),
    UNKNOWN_CLASS("class string that is not open, partial, closed or empty, kept in ap:classAsWritten"),
    MISSING_DIMENSION("dimension missing from a record file: no assessment"),
    NO_LINK_KEY("dimension without a link key: no evidence"),
    NO_EVIDENCE("dimension with an empty link: no evidence"),
    SEVERAL_LINKS("dimension whose link is a list of several links"),
    DUPLICATE_LINK("link given twice in the same list, stated once"),
    UNPARSABLE_LINK("link that is not an absolute http(s) IRI, kept as written (ap:evidenceAsWritten, ap:pageAsWritten, ap:producerPageAsWritten)"),
    NO_DATE("record without a release date"),
    MALFORMED_DATE("release date in no known format, kept in ap:dateAsWritten"),
    NO_NAME("record without a name, labelled by its file name"),
    EMPTY_FIELD("metadata field empty or absent"),
    VARIANT_KEY("key spelt another way, read as the field it names (such as 'endmodel license')"),
    UNKNOWN_KEY("key the format does not define, kept in ap:unmappedField"),
    HEADER_TAG("tag read from a header comment (organisation tags, training compute)"),
    NO_HEADER_TAGS("record file without organisation tags in its header"),
    ATTRIBUTION_COMMENT("comment paragraph that is the index's attribution notice (carried once, by the source resource)"),
    KEPT_COMMENT("other comment, kept in ap:sourceComment"),
    ORGANIZATION_SPELLING("producer name spelt otherwise than the label its organisation resource gets"),
    ORGANIZATION_LABELLED_ELSEWHERE("organisation already labelled in data/ outside this import: its label is not repeated");

    private final String description;

    Oddity(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
