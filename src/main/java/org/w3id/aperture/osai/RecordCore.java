package org.w3id.aperture.osai;

import java.nio.file.Path;
import java.util.List;

/**
 * What a record file of either index states besides its index's own metadata: the name (null if
 * empty), the record's own links, the notes on it, its producer, its ratings in file order, the
 * fields the format does not define, the comments kept, and the header tags (property local name
 * and value as written, in file order).
 */
record RecordCore(Path file, String slug, String name, Links pages, String description, Producer producer,
                  List<Rating> ratings, List<String> unmappedFields, List<String> comments, List<FileComments.Tag> tags) {

    /** The rdfs:label: the name as written, or the file's name when the record has none. */
    String label() {
        if (name != null) {
            return name;
        }
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }
}
