package org.w3id.aperture.osai;

/**
 * What differs between the two indexes: their dataset, where their record files lie in the vendored
 * folder ({@code recordsFolder}, relative, empty for the folder itself), the template file that is
 * not a record, the scheme of their dimensions, the kind and class of their records, and the layout
 * of a record file.
 *
 * @param name the index's name as messages and file headers give it
 * @param vendored the folder of data/upstream/ the index's files are vendored in
 * @param kind the first path segment of a record's IRI and the folder under data/frameworks/
 * @param schemeFile the scheme's Turtle file, relative to data/
 */
record IndexFormat(String name, String command, IndexSource source, String vendored, String recordsFolder, String template,
                   String schemeFile, String schemeIri, String kind, String recordClass, RecordReader.Layout layout) {}
