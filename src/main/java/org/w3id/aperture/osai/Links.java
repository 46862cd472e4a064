package org.w3id.aperture.osai;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIs;

/** Links as a source wrote them: those that are absolute http(s) IRIs, and the rest, kept as written. */
record Links(List<String> iris, List<String> asWritten) {
    private static final Pattern HUGGING_FACE =
            Pattern.compile("^https?://(?:www\\.)?huggingface\\.co/([A-Za-z0-9][\\w.-]*)/([A-Za-z0-9][\\w.-]*)(?:[/?#].*)?$");
    /** First path segments of huggingface.co that are not the owner of a model repository. */
    private static final List<String> NOT_OWNERS = List.of("datasets", "spaces", "models", "docs", "blog", "papers",
            "collections", "organizations", "posts", "learn", "tasks", "chat", "settings", "join", "login");

    static final Links NONE = new Links(List.of(), List.of());

    /** The links of a list as written, each once. */
    static Links of(List<String> texts) {
        List<String> iris = new ArrayList<>();
        List<String> asWritten = new ArrayList<>();
        for (String text : texts) {
            List<String> kind = isLink(text) ? iris : asWritten;
            if (!kind.contains(text)) {
                kind.add(text);
            }
        }
        return new Links(List.copyOf(iris), List.copyOf(asWritten));
    }

    static boolean isLink(String text) {
        return text.matches("https?://[^\\s<>\"{}|\\\\^`]+") && IRIs.check(text);
    }

    /** How many links of a list as written repeat an earlier one. */
    static int repeated(List<String> texts) {
        return texts.size() - (int) texts.stream().distinct().count();
    }

    boolean isEmpty() {
        return iris.isEmpty() && asWritten.isEmpty();
    }

    int size() {
        return iris.size() + asWritten.size();
    }

    /** The owner/name identifiers of the Hugging Face model repositories these links point at, in order. */
    List<String> huggingFaceIds() {
        List<String> ids = new ArrayList<>();
        for (String iri : iris) {
            Matcher m = HUGGING_FACE.matcher(iri);
            if (m.matches() && !NOT_OWNERS.contains(m.group(1))) {
                String id = m.group(1) + "/" + m.group(2);
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
