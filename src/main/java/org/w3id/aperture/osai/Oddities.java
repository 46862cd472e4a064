package org.w3id.aperture.osai;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Where each kind of oddity was met: file and line, in the order of reading. */
final class Oddities {
    private final Map<Oddity, List<String>> where = new EnumMap<>(Oddity.class);

    void add(Oddity oddity, Path file, int line) {
        add(oddity, file.getFileName() + (line > 0 ? ":" + line : ""));
    }

    void add(Oddity oddity, String place) {
        where.computeIfAbsent(oddity, k -> new ArrayList<>()).add(place);
    }

    int count(Oddity oddity) {
        return where.getOrDefault(oddity, List.of()).size();
    }

    List<String> where(Oddity oddity) {
        return List.copyOf(where.getOrDefault(oddity, List.of()));
    }
}
