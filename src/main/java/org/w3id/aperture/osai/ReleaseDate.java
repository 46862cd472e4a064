package org.w3id.aperture.osai;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release date as written and, where it is in a format the index uses, its typed value: YYYY-MM-DD
 * (xsd:date), YYYY-MM or the readme's "YYYY MMM" such as "2024 NOV" (xsd:gYearMonth), YYYY (xsd:gYear).
 * {@code lexical} and {@code datatype} are null for a date in no known format.
 */
record ReleaseDate(String asWritten, String lexical, String datatype) {
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern MONTH_NAME = Pattern.compile("(\\d{4}) ([A-Za-z]{3})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    static ReleaseDate parse(String text) {
        Matcher m;
        if ((m = DAY.matcher(text)).matches()) {
            try {
                LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new ReleaseDate(text, text, "date");
            } catch (DateTimeException e) {
                return malformed(text);
            }
        }
        if ((m = MONTH.matcher(text)).matches()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? new ReleaseDate(text, text, "gYearMonth") : malformed(text);
        }
        if ((m = MONTH_NAME.matcher(text)).matches()) {
            int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            return month > 0 ? new ReleaseDate(text, String.format("%s-%02d", m.group(1), month), "gYearMonth") : malformed(text);
        }
        return YEAR.matcher(text).matches() ? new ReleaseDate(text, text, "gYear") : malformed(text);
    }

    boolean typed() {
        return lexical != null;
    }

    private static ReleaseDate malformed(String text) {
        return new ReleaseDate(text, null, null);
    }
}
