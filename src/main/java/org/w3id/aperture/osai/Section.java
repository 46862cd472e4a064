package org.w3id.aperture.osai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text fields of one section of a record file (system, project, org) by key. A key spelt
 * another way that clearly names a field is read as that field; a key the format does not define
 * is kept as {@code key: value}; both are counted.
 */
final class Section {
    private final StrictYaml yaml;
    private final String name;
    private final Map<String, StrictYaml.Entry> byKey = new HashMap<>();
    private final List<String> unmapped = new ArrayList<>();

    private Section(StrictYaml yaml, String name) {
        this.yaml = yaml;
        this.name = name;
    }

    static Section read(StrictYaml yaml, StrictYaml.Entry section, List<String> keys, Map<String, String> variants,
                        Oddities oddities) {
        Section s = new Section(yaml, section.key());
        for (StrictYaml.Entry entry : yaml.mapping(section)) {
            String key = variants.getOrDefault(entry.key(), entry.key());
            if (keys.contains(key)) {
                StrictYaml.Entry before = s.byKey.put(key, entry);
                if (before != null) {
                    throw yaml.error(entry.line(), section.key() + ": '" + entry.key() + "' and '" + before.key()
                            + "' (line " + before.line() + ") are the same field");
                }
                if (!key.equals(entry.key())) {
                    oddities.add(Oddity.VARIANT_KEY, yaml.file(), entry.line());
                }
            } else {
                if (!StrictYaml.isText(entry.value())) {
                    throw yaml.error(entry.line(), section.key() + "." + entry.key()
                            + ": a key the format does not define, with a mapping or list as value; expected one of " + keys);
                }
                String text = yaml.text(entry, section.key() + "." + entry.key());
                s.unmapped.add(entry.key() + ":" + (text == null ? "" : " " + text));
                oddities.add(Oddity.UNKNOWN_KEY, yaml.file(), entry.line());
            }
        }
        for (String key : keys) {
            StrictYaml.Entry entry = s.byKey.get(key);
            if (entry == null || yaml.texts(entry, section.key() + "." + key).isEmpty()) {
                oddities.add(Oddity.EMPTY_FIELD, yaml.file(), entry == null ? section.line() : entry.line());
            }
        }
        return s;
    }

    /** The field's text, or null when it is empty or absent. */
    String text(String key) {
        StrictYaml.Entry entry = byKey.get(key);
        return entry == null ? null : yaml.text(entry, name + "." + key);
    }

    /** The field's links (a text or a list of texts), counting those that are not IRIs. */
    Links links(String key, Oddities oddities) {
        StrictYaml.Entry entry = byKey.get(key);
        if (entry == null) {
            return Links.NONE;
        }
        List<String> texts = yaml.texts(entry, name + "." + key);
        Links links = Links.of(texts);
        for (int i = 0; i < Links.repeated(texts); i++) {
            oddities.add(Oddity.DUPLICATE_LINK, yaml.file(), entry.line());
        }
        links.asWritten().forEach(text -> oddities.add(Oddity.UNPARSABLE_LINK, yaml.file(), entry.line()));
        return links;
    }

    List<String> unmapped() {
        return List.copyOf(unmapped);
    }
}
