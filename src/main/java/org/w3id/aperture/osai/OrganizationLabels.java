package org.w3id.aperture.osai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aperture.graph.GraphFiles;
import org.w3id.aperture.vocab.Ap;

/**
 * The label each producer's organisation resource gets, so that it has one: names that differ only
 * in case or punctuation share the resource (org/ and the slug of the name), which is labelled with
 * the spelling most records use (the first in alphabetical order on a tie), and not at all where a
 * file of data/ outside this import already labels it. Each record keeps its spelling in ap:producerName.
 */
final class OrganizationLabels {
    private final Map<String, Optional<String>> labelByIri;

    private OrganizationLabels(Map<String, Optional<String>> labelByIri) {
        this.labelByIri = labelByIri;
    }

    static OrganizationLabels choose(List<IndexRecord> records, Set<String> labelledElsewhere, Oddities oddities) {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        for (IndexRecord record : records) {
            String name = record.core().producer().name();
            if (name != null) {
                spellings.computeIfAbsent(RecordTurtle.organizationIri(name), k -> new TreeMap<>()).merge(name, 1, Integer::sum);
            }
        }
        Map<String, Optional<String>> labels = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> org : spellings.entrySet()) {
            String chosen = org.getValue().entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            boolean elsewhere = labelledElsewhere.contains(org.getKey());
            if (elsewhere) {
                oddities.add(Oddity.ORGANIZATION_LABELLED_ELSEWHERE, org.getKey().substring(Ap.BASE.length()));
            }
            labels.put(org.getKey(), elsewhere ? Optional.empty() : Optional.of(chosen));
        }
        for (IndexRecord record : records) {
            String name = record.core().producer().name();
            if (name != null) {
                labels.get(RecordTurtle.organizationIri(name)).filter(label -> !label.equals(name))
                        .ifPresent(label -> oddities.add(Oddity.ORGANIZATION_SPELLING, record.core().file(), 0));
            }
        }
        return new OrganizationLabels(labels);
    }

    /** The label to write for the organisation of a producer name, or empty to write none. */
    Optional<String> labelFor(String producerName) {
        return labelByIri.getOrDefault(RecordTurtle.organizationIri(producerName), Optional.empty());
    }

    /** The org/ resources that a Turtle file of {@code data} outside {@code ownFolder} gives an rdfs:label. */
    static Set<String> labelledIn(Path data, Path ownFolder) {
        Set<String> labelled = new HashSet<>();
        Path own = ownFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) {
            return labelled;
        }
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".ttl"))
                    .filter(p -> !p.toAbsolutePath().normalize().startsWith(own)).sorted().toList()) {
                GraphFiles.parse(file).find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEach(t -> {
                    if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Ap.BASE + "org/")) {
                        labelled.add(t.getSubject().getURI());
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + data + ": " + e.getMessage(), e);
        }
        return labelled;
    }
}
