package org.w3id.aperture.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.w3id.aperture.graph.LoadException;

/** The gallery of named queries: every queries/*.rq file, parsed once, checked for its header. */
public final class NamedQueries {
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|question|source):\\s*(.+)$", Pattern.MULTILINE);

    private final Map<String, NamedQuery> byName;

    private NamedQueries(Map<String, NamedQuery> byName) {
        this.byName = byName;
    }

    public static NamedQueries load(Path dir) {
        Map<String, NamedQuery> queries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                NamedQuery query = read(file);
                queries.put(query.name(), query);
            }
        } catch (IOException e) {
            throw new LoadException(dir, "cannot list queries: " + e.getMessage());
        }
        return new NamedQueries(queries);
    }

    static NamedQuery read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoadException(file, "cannot read: " + e.getMessage());
        }
        Map<String, String> header = new LinkedHashMap<>();
        Matcher m = HEADER.matcher(text);
        while (m.find()) {
            header.putIfAbsent(m.group(1), m.group(2).strip());
        }
        for (String field : new String[] {"title", "question", "source"}) {
            if (!header.containsKey(field)) {
                throw new LoadException(file, "header comment lacks '# " + field + ": ...'");
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return new NamedQuery(name, header.get("title"), header.get("question"), header.get("source"),
                parse(file, text), text);
    }

    /** Parses any query file, naming file, line and column on a syntax error. */
    public static Query parse(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LoadException(file, "cannot read: " + e.getMessage());
        }
    }

    private static Query parse(Path file, String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new LoadException(file, e.getLine(), e.getColumn(), e.getMessage());
        }
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Iterable<NamedQuery> all() {
        return byName.values();
    }

    public java.util.Set<String> names() {
        return byName.keySet();
    }
}
