package org.w3id.aperture.osai;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.vocab.Slugs;

/**
 * The vendored index files read independently of the importer (a plain YAML load into maps), and
 * the importer's output parsed as RDF, for tests to compare.
 */
final class IndexFiles {
    static final Path OSAI = Fixtures.ROOT.resolve("data/upstream/osai-index");
    static final Path OUC = Fixtures.ROOT.resolve("data/upstream/opening-up-chatgpt");

    private IndexFiles() {}

    /** The *.yaml files of a folder, by name, each as the map a plain YAML load gives. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> yamlFiles(Path folder) {
        Map<String, Map<String, Object>> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Object doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
                files.put(file.getFileName().toString(), (Map<String, Object>) doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A value of a loaded YAML map as a stripped text, or null when empty. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    /** A link field as a list of texts (a text, a list of texts, or nothing). */
    static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().map(IndexFiles::text).filter(t -> t != null).forEach(texts::add);
        } else if (text(value) != null) {
            texts.add(text(value));
        }
        return texts;
    }

    /** Rendered Turtle files (with the scheme files of the home) parsed into one model. */
    static Model parse(Map<String, String> rendered, Path... more) {
        Model model = ModelFactory.createDefaultModel();
        for (String turtle : rendered.values()) {
            RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE).parse(model);
        }
        for (Path file : more) {
            RDFParser.source(file).lang(Lang.TURTLE).parse(model);
        }
        return model;
    }

    /**
     * Every dimension of every record file, read from the YAML maps: "slug | key" to "class | evidence
     * IRIs | evidence as written | note", an empty class written as not-applicable.
     */
    static Map<String, String> ratingsInYaml(Path folder, String template, List<String> sections) {
        Map<String, String> ratings = new TreeMap<>();
        yamlFiles(folder).forEach((name, doc) -> {
            if (name.equals(template)) {
                return;
            }
            String slug = Slugs.of(name.substring(0, name.length() - ".yaml".length()));
            doc.forEach((key, value) -> {
                if (sections.contains(key)) {
                    return;
                }
                Map<?, ?> rating = (Map<?, ?>) value;
                String cls = text(rating.get("class"));
                List<String> links = texts(rating.get("link"));
                ratings.put(slug + " | " + key, (cls == null ? "not-applicable" : cls)
                        + " | " + links.stream().filter(l -> l.matches("https?://\\S+")).distinct().sorted().toList()
                        + " | " + links.stream().filter(l -> !l.matches("https?://\\S+")).distinct().sorted().toList()
                        + " | " + text(rating.get("notes")));
            });
        });
        return ratings;
    }

    /** The same, read from the assessments of a model of the output (with the scheme, for the keys). */
    static Map<String, String> ratingsInGraph(Model model, String kind) {
        Map<String, String> ratings = new TreeMap<>();
        Property ratedRecord = model.createProperty(Ap.NS, "ratedRecord");
        model.listSubjectsWithProperty(ratedRecord).forEach(a -> {
            String record = a.getPropertyResourceValue(ratedRecord).getURI();
            String slug = record.substring((Ap.BASE + kind + "/").length());
            String key = a.getPropertyResourceValue(model.createProperty(Ap.NS, "dimension"))
                    .getProperty(SKOS.notation).getString();
            Resource cls = a.getPropertyResourceValue(model.createProperty(Ap.NS, "opennessClass"));
            String written = string(a, "classAsWritten");
            List<String> evidence = a.listProperties(model.createProperty(Ap.NS, "evidence"))
                    .mapWith(st -> st.getResource().getURI()).toList().stream().sorted().toList();
            List<String> asWritten = a.listProperties(model.createProperty(Ap.NS, "evidenceAsWritten"))
                    .mapWith(st -> st.getString()).toList().stream().sorted().toList();
            String value = cls != null ? cls.getURI().substring((Ap.BASE + "osai-class/").length()) : written;
            String previous = ratings.put(slug + " | " + key,
                    value + " | " + evidence + " | " + asWritten + " | " + string(a, "note"));
            assertNull(previous, "one assessment per record and dimension: " + slug + " | " + key);
        });
        return ratings;
    }

    /** The entries in which two maps differ, one line each, to show instead of two whole maps. */
    static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        java.util.Set<String> keys = new java.util.TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(expected.get(k), actual.get(k)))
                .map(k -> k + ": expected " + expected.get(k) + ", got " + actual.get(k)).toList();
    }

    static String string(Resource subject, String apProperty) {
        Statement st = subject.getProperty(subject.getModel().createProperty(Ap.NS, apProperty));
        return st == null ? null : st.getString();
    }

    /** Every file under a folder, relative, with / separators. */
    static List<String> allFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
