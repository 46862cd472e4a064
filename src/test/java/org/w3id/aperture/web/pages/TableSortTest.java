package org.w3id.aperture.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The links of a sorted table: which order each column's link asks for, and how parameters are written. */
class TableSortTest {
    private static final List<String> NAMED = List.of("model", "date", "openness");

    @Test
    void aLinkToTheSortedColumnFlipsItsOrder() {
        assertEquals(new TableSort("date", "desc"), new TableSort("date", "asc").linkTo("date", NAMED));
        assertEquals(new TableSort("date", "asc"), new TableSort("date", "desc").linkTo("date", NAMED));
    }

    @Test
    void anotherColumnStartsAscendingUnlessItIsOpennessOrAComponent() {
        TableSort byModel = new TableSort("model", "asc");
        assertEquals("asc", byModel.linkTo("date", NAMED).order());
        assertEquals("desc", byModel.linkTo("openness", NAMED).order());
        assertEquals("desc", byModel.linkTo("training-code", NAMED).order());
        assertEquals("ascending", byModel.ariaSort("model"));
        assertEquals("none", byModel.ariaSort("date"));
    }

    @Test
    void emptyParametersAreLeftOutAndValuesEncoded() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("sort", "date");
        params.put("developer", "");
        params.put("type", "a b&c");
        assertEquals("/matrix?sort=date&type=a+b%26c", TableSort.href("/matrix", params));
        assertEquals("/matrix", TableSort.href("/matrix", Map.of("year", "")));
    }
}
