package org.w3id.aperture.osai;

/** A record file of one of the two indexes, read. */
sealed interface IndexRecord permits OsaiRecord, OucRecord {
    RecordCore core();
}
