package org.w3id.aperture.osai;

/** The organisation section of a record file, as written: name (null if empty), links and note. */
record Producer(String name, Links pages, String note) {}
