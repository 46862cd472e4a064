package org.w3id.aperture.osai;

import java.util.List;
import java.util.Map;
import org.w3id.aperture.vocab.Ap;

/** The European Open Source AI Index: its database at commit 5a388e8 and the layout of its files. */
final class OsaiFormat {
    private static final IndexSource SOURCE = new IndexSource(
            "osai-5a388e8",
            "https://github.com/Language-Technology-Assessment/main-database",
            "5a388e871b88735e7ab7e6fb230b76c9d460d99a",
            "2026-06-12",
            "European Open Source AI Index database, commit 5a388e8 (2026-06-12)",
            "European Open Source AI Index database",
            "The main database of the European Open Source AI Index (osai-index.eu), maintained at the Centre for Language"
                    + " and Speech Technology, Radboud University: one YAML file per model family (the index rates the latest"
                    + " version, largest size), with the family's metadata, its organisation, and an open, partial or closed"
                    + " class with an evidence link and a note on each of 12 dimensions. Repository"
                    + " Language-Technology-Assessment/main-database, commit 5a388e871b88735e7ab7e6fb230b76c9d460d99a of"
                    + " 2026-06-12; Zenodo DOI 10.5281/zenodo.15386042.",
            List.of("https://osai-index.eu/", "https://doi.org/10.5281/zenodo.15386042"),
            "http://spdx.org/licenses/CC-BY-4.0",
            List.of("Liesenfeld, A. and Dingemanse, M., 2024. Rethinking open source generative AI: open-washing and the EU AI"
                            + " Act. In Proceedings of the 2024 ACM Conference on Fairness, Accountability, and Transparency"
                            + " (pp. 1774-1787).",
                    "Liesenfeld, A., Blankvoort, D., Kalra, N. and Dingemanse, M. European Open Source AI Index database."
                            + " Zenodo. doi:10.5281/zenodo.15386042"),
            "CC BY 4.0. The index asks that attribution come in the form of a link to https://osai-index.eu/ and a citation"
                    + " of the paper in which the dataset and criteria were published (Liesenfeld and Dingemanse, FAccT 2024;"
                    + " the record files' header), and of the index files, doi:10.5281/zenodo.15386042 (readme.md).",
            Ap.resource("source", "eosai-index"));

    private static final List<String> SYSTEM_KEYS = List.of("name", "link", "type", "performanceclass", "basemodelname",
            "endmodelname", "endmodellicense", "releasedate", "notes");

    static final IndexFormat FORMAT = new IndexFormat("European Open Source AI Index", "import-osai", SOURCE, "osai-index", "",
            "a_submission_template.yaml", "crosswalks/eosai.ttl", Ap.resource("scheme", "eosai"), "osai", "ap:OsaiRecord",
            new RecordReader.Layout("system", SYSTEM_KEYS, Map.of("endmodel license", "endmodellicense"),
                    Map.of("National origin", "nationalOrigin", "Contributor type", "contributorType",
                            "Base model training compute", "baseModelTrainingCompute",
                            "End model training compute", "endModelTrainingCompute"),
                    OsaiFormat::record));

    private OsaiFormat() {}

    private static OsaiRecord record(RecordCore core, Section system, Oddities oddities) {
        String date = system.text("releasedate");
        ReleaseDate released = date == null ? null : ReleaseDate.parse(date);
        if (released == null) {
            oddities.add(Oddity.NO_DATE, core.file(), 0);
        } else if (!released.typed()) {
            oddities.add(Oddity.MALFORMED_DATE, core.file(), 0);
        }
        return new OsaiRecord(core, system.text("type"), system.text("performanceclass"), system.text("basemodelname"),
                system.text("endmodelname"), system.text("endmodellicense"), released);
    }
}
