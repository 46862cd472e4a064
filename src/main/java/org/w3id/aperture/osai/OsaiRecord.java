package org.w3id.aperture.osai;

/**
 * One file of the European Open Source AI Index: the fields of its system section as written
 * (each null where empty), the release date (null where empty) and what both indexes state.
 */
record OsaiRecord(RecordCore core, String type, String performanceClass, String baseModelName, String endModelName,
                  String endModelLicense, ReleaseDate released) implements IndexRecord {}
