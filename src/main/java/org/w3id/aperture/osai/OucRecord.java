package org.w3id.aperture.osai;

/** One project file of Opening up ChatGPT: the fields of its project section as written (each null where empty). */
record OucRecord(RecordCore core, String llmBase, String rlBase, String license) implements IndexRecord {}
