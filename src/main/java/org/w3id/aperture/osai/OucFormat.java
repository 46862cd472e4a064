package org.w3id.aperture.osai;

import java.util.List;
import java.util.Map;
import org.w3id.aperture.vocab.Ap;

/** Opening up ChatGPT: its projects at commit 801f687 and the layout of their files. */
final class OucFormat {
    private static final IndexSource SOURCE = new IndexSource(
            "ouc-801f687",
            "https://github.com/opening-up-chatgpt/opening-up-chatgpt.github.io",
            "801f68773ae7f7d9e527afb7bbaf3e9d8d29f2fb",
            "2025-03-11",
            "Opening up ChatGPT projects, commit 801f687 (2025-03-11)",
            "Opening up ChatGPT: tracking openness of instruction-tuned text generators",
            "The data of Opening up ChatGPT, the predecessor of the European Open Source AI Index (archived): one YAML"
                    + " file per project, an instruction-tuned text generator of 2023-2024 or a tool to build one, rated"
                    + " open, partial or closed with an evidence link and a note on 14 items. Repository"
                    + " opening-up-chatgpt/opening-up-chatgpt.github.io, folder projects/, commit"
                    + " 801f68773ae7f7d9e527afb7bbaf3e9d8d29f2fb of 2025-03-11.",
            List.of("https://opening-up-chatgpt.github.io/"),
            "http://spdx.org/licenses/CC-BY-4.0",
            List.of("Liesenfeld, A., Lopez, A. and Dingemanse, M., 2023. Opening up ChatGPT: Tracking openness, transparency,"
                    + " and accountability in instruction-tuned text generators. In Proceedings of the 5th International"
                    + " Conference on Conversational User Interfaces (CUI '23), July 19-21, 2023, Eindhoven, The Netherlands."
                    + " doi:10.1145/3571884.3604316"),
            "The data (projects/) is CC BY 4.0, with the stipulation that attribution come in the form of a link to"
                    + " http://opening-up-chatgpt.github.io and a citation of the paper in which the initial dataset and"
                    + " criteria were published (Liesenfeld, Lopez and Dingemanse, CUI '23; projects/readme.md). The"
                    + " repository's code is Apache-2.0.",
            null);

    static final IndexFormat FORMAT = new IndexFormat("Opening up ChatGPT", "import-ouc", SOURCE, "opening-up-chatgpt", "projects",
            "A_sample.yaml", "crosswalks/ouc.ttl", Ap.resource("scheme", "ouc"), "ouc", "ap:OucRecord",
            new RecordReader.Layout("project", List.of("name", "link", "notes", "llmbase", "rlbase", "license"), Map.of(),
                    Map.of(), OucFormat::record));

    private OucFormat() {}

    private static OucRecord record(RecordCore core, Section project, Oddities oddities) {
        return new OucRecord(core, project.text("llmbase"), project.text("rlbase"), project.text("license"));
    }
}
