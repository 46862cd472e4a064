package org.w3id.aperture.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.w3id.aperture.web.core.WebServlet;

/**
 * How a table of models is sorted, read from the {@code sort} and {@code order} parameters: by one of its named
 * columns (the first is the default) or by a component's value. Openness and component columns sort descending
 * first, the others ascending; a link to the column already sorted by flips the order.
 */
public record TableSort(String sort, String order) {
    private static final String OPENNESS = "openness";

    static TableSort of(HttpServletRequest req, List<String> named, List<String> components) {
        String sort = param(req, "sort", named.get(0));
        if (!named.contains(sort) && !components.contains(sort)) {
            throw new WebServlet.BadRequest("sort must be one of " + named + " or a component: " + String.join(", ", components));
        }
        String order = param(req, "order", descendingFirst(sort, named) ? "desc" : "asc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw new WebServlet.BadRequest("order must be asc or desc");
        }
        return new TableSort(sort, order);
    }

    private static boolean descendingFirst(String by, List<String> named) {
        return by.equals(OPENNESS) || !named.contains(by);
    }

    /** A parameter's stripped value, or {@code fallback} when it is absent or blank. */
    static String param(HttpServletRequest req, String name, String fallback) {
        String value = req.getParameter(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** The sort a link on column {@code by} asks for. */
    TableSort linkTo(String by, List<String> named) {
        if (by.equals(sort)) {
            return new TableSort(by, order.equals("asc") ? "desc" : "asc");
        }
        return new TableSort(by, descendingFirst(by, named) ? "desc" : "asc");
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the aria-sort of the column sorted by {@code by}. */
    public String ariaSort(String by) {
        return by.equals(sort) ? (order.equals("asc") ? "ascending" : "descending") : "none";
    }

    <T> Comparator<T> directed(Comparator<T> ascending) {
        return order.equals("desc") ? ascending.reversed() : ascending;
    }

    /** {@code path} with the parameters that have a value, in their order, URL-encoded. */
    static String href(String path, Map<String, String> params) {
        StringBuilder out = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!e.getValue().isEmpty()) {
                out.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return out.toString();
    }
}
