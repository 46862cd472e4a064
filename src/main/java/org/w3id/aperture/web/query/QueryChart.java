package org.w3id.aperture.web.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart of one numeric column of a page of results, each bar labelled by the row's first two non-numeric values;
 * the geometry is computed here, the template draws it as SVG. No chart for negative numbers or without a numeric column.
 */
public record QueryChart(String var, String labelVar, List<Bar> bars, List<String> choices, int height) {
    /** One bar: its label, its value as shown, where it sits and how long it is. */
    public record Bar(String label, String value, double y, double width) {}

    static final int MAX_BARS = 60;
    static final int WIDTH = 760;
    static final int LABEL_WIDTH = 230;
    static final int BAR_AREA = 440;
    static final int ROW = 20;

    /** @param wanted the variable asked for (null: the first numeric one) */
    static QueryChart of(QueryRun.Table table, String wanted) {
        if (table.numeric().isEmpty() || table.rows().isEmpty()) {
            return null;
        }
        String var = wanted != null && table.numeric().contains(wanted) ? wanted : table.numeric().get(0);
        int column = table.vars().indexOf(var);
        List<Integer> labelColumns = new ArrayList<>();
        for (int i = 0; i < table.vars().size() && labelColumns.size() < 2; i++) {
            if (!table.numeric().contains(table.vars().get(i))) {
                labelColumns.add(i);
            }
        }
        List<List<QueryRun.Cell>> rows = table.rows().subList(0, Math.min(MAX_BARS, table.rows().size()));
        double max = 0;
        for (List<QueryRun.Cell> row : rows) {
            Double n = row.get(column).number();
            if (n != null && n < 0) {
                return null;
            }
            max = Math.max(max, n == null ? 0 : n);
        }
        List<Bar> bars = new ArrayList<>();
        double y = 6;
        for (int r = 0; r < rows.size(); r++) {
            QueryRun.Cell cell = rows.get(r).get(column);
            List<String> parts = new ArrayList<>();
            for (int c : labelColumns) {
                String text = rows.get(r).get(c).value().text();
                if (!text.isEmpty()) {
                    parts.add(text);
                }
            }
            String text = parts.isEmpty() ? "row " + (table.first() + r) : String.join(" · ", parts);
            double width = max == 0 || cell.number() == null ? 0 : BAR_AREA * cell.number() / max;
            bars.add(new Bar(text.length() > 38 ? text.substring(0, 37) + "…" : text, cell.value().text(), y, Math.round(width * 10) / 10.0));
            y += ROW;
        }
        String labelVars = String.join(" and ", labelColumns.stream().map(table.vars()::get).toList());
        return new QueryChart(var, labelVars.isEmpty() ? null : labelVars, List.copyOf(bars), table.numeric(), (int) y + 6);
    }

    public int width() {
        return WIDTH;
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }
}
