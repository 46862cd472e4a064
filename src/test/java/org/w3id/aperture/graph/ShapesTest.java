package org.w3id.aperture.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aperture.EditedSources;
import org.w3id.aperture.Fixtures;

/** Each SHACL rule rejects data that breaks it, and the report names file, resource and rule. */
class ShapesTest {

    @Test
    void theRealDataConforms() {
        assertEquals(List.of(), KnowledgeGraph.validate(Fixtures.home()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        model without release month | data/models/llama-2.ttl | = | '    dcterms:issued "2023-07"^^xsd:gYearMonth ;\n' | '' | 1 | apsh:Model | model/llama-2 | dcterms:issued
        release not a year-month | data/models/llama-2.ttl | = | '"2023-07"^^xsd:gYearMonth' | '"July 2023"' | 1 | apsh:Model | model/llama-2 | dcterms:issued
        model without developer | data/curated/developers.ttl | data/models/llama-2.ttl | '<model/llama-2> ap:developer <org/meta-ai> .' | '' | 1 | apsh:Model | model/llama-2 | ap:developer
        two titles | data/models/llama-2.ttl | = | '    rdfs:label "LLaMA-2" ;' | '    rdfs:label "LLaMA-2", "Llama 2" ;' | 1 | apsh:Model | model/llama-2 | rdfs:label
        missing assessment | data/models/llama-2.ttl | = | '<assessment/llama-2/deployment-data-weights> a ap:Assessment ;\n    ap:model <model/llama-2> ;' | '<assessment/llama-2/deployment-data-weights> a ap:Assessment ;\n    ap:model <model/llama> ;' | 2 | apsh:OneAssessmentPerComponent | model/llama-2 | component/deployment-data-weights
        two assessments of a component | data/models/llama-2.ttl | = | '<assessment/llama-2/training-code-finetuning> a ap:Assessment ;\n    ap:model <model/llama-2> ;\n    ap:component <component/training-code-finetuning>' | '<assessment/llama-2/training-code-finetuning> a ap:Assessment ;\n    ap:model <model/llama-2> ;\n    ap:component <component/training-code-pretraining>' | 2 | apsh:OneAssessmentPerComponent | model/llama-2 | component/training-code-pretraining
        developer of a mistyped model | data/curated/developers.ttl | = | '<model/llama-2> ap:developer' | '<model/llama-two> ap:developer <org/meta-ai> .\n<model/llama-2> ap:developer' | 1 | apsh:DeveloperOfAModel | model/llama-two | apsh:DeveloperOfAModel
        two values | data/models/llama-2.ttl | = | '    ap:value <level/d3> ;\n    ap:releaseTerms <license/llama-2> ;\n    prov:wasDerivedFrom' | '    ap:value <level/d3>, <level/d4> ;\n    ap:releaseTerms <license/llama-2> ;\n    prov:wasDerivedFrom' | 1 | apsh:Assessment | assessment/llama-2/deployment-data-weights | ap:value
        value that is no openness value | data/models/llama-2.ttl | = | '    ap:value <level/d3> ;\n    ap:releaseTerms <license/llama-2> ;\n    prov:wasDerivedFrom' | '    ap:value <level/d9> ;\n    ap:releaseTerms <license/llama-2> ;\n    prov:wasDerivedFrom' | 2 | apsh:Assessment | assessment/llama-2/deployment-data-weights | level/d9
        license text that is not defined | data/models/llama-2.ttl | = | '    ap:value <level/d3> ;\n    ap:releaseTerms <license/llama-2> ;' | '    ap:value <level/d3> ;\n    ap:releaseTerms <license/llama-9> ;' | 1 | apsh:Assessment | assessment/llama-2/deployment-data-weights | license/llama-9
        C level on a data component | data/models/llama-2.ttl | = | '    ap:value <level/d3> ;\n    ap:releaseTerms <license/llama-2> ;\n    prov:wasDerivedFrom' | '    ap:value <level/c3> ;\n    ap:releaseTerms <license/llama-2> ;\n    prov:wasDerivedFrom' | 1 | apsh:LevelKindMatchesComponent | assessment/llama-2/deployment-data-weights | a C level belongs on a code component
        D level on a code component | data/models/llama-2.ttl | = | '    ap:component <component/training-code-pretraining> ;\n    ap:value <level/c1> ;' | '    ap:component <component/training-code-pretraining> ;\n    ap:value <level/d1> ;' | 1 | apsh:LevelKindMatchesComponent | assessment/llama-2/training-code-pretraining | a D level on a data component
        license on an Unknown value | data/models/llama-2.ttl | = | '    ap:component <component/training-code-pretraining> ;\n    ap:value <level/c1> ;' | '    ap:component <component/training-code-pretraining> ;\n    ap:value <level/unknown> ;\n    ap:releaseTerms <license/mit> ;' | 1 | apsh:ReleaseTermsOnlyOnReleasedLevel | assessment/llama-2/training-code-pretraining | level/unknown
        license on a closed level | data/models/llama-2.ttl | = | '    ap:component <component/training-data-pretraining> ;\n    ap:value <level/d1> ;' | '    ap:component <component/training-data-pretraining> ;\n    ap:value <level/d1> ;\n    ap:releaseTerms <license/mit> ;' | 1 | apsh:ReleaseTermsOnlyOnReleasedLevel | assessment/llama-2/training-data-pretraining | level/d1
        note on a level | data/models/llama-2.ttl | = | '    ap:component <component/training-data-pretraining> ;\n    ap:value <level/d1> ;' | '    ap:component <component/training-data-pretraining> ;\n    ap:value <level/d1> ;\n    ap:note "D3 or D4" ;' | 1 | apsh:NoteOnlyUnderUnknown | assessment/llama-2/training-data-pretraining | level/d1
        same license text twice | data/licenses.ttl | = | '    ap:asWritten "MIT" ;' | '    ap:asWritten "Apache 2.0" ;' | 2 | apsh:ReleaseTerms | license/mit | Apache 2.0
        license without a permission | data/licenses.ttl | = | '    ap:permitsCommercialUse false ;\n    ap:permitsModification true ;\n    ap:permitsCopyrightedDerivatives false ;' | '    ap:permitsModification true ;\n    ap:permitsCopyrightedDerivatives false ;' | 1 | apsh:License | license/llama | ap:permitsCommercialUse
        permission not a boolean | data/licenses.ttl | = | '<license/mit> a ap:License ;\n    rdfs:label "MIT" ;\n    ap:asWritten "MIT" ;\n    ap:spdxLicense <http://spdx.org/licenses/MIT> ;\n    foaf:page <https://opensource.org/license/mit> ;\n    ap:permitsResearch true ;' | '<license/mit> a ap:License ;\n    rdfs:label "MIT" ;\n    ap:asWritten "MIT" ;\n    ap:spdxLicense <http://spdx.org/licenses/MIT> ;\n    foaf:page <https://opensource.org/license/mit> ;\n    ap:permitsResearch "yes" ;' | 1 | apsh:License | license/mit | ap:permitsResearch
        organisation without label | data/organizations.ttl | = | '<org/xai> a ap:Organization ; rdfs:label "xAI" ;' | '<org/xai> a ap:Organization ;' | 1 | apsh:Organization | org/xai | rdfs:label
        set member not a model | data/sets.ttl | = | '<set/dataset-45> a ap:ModelSet ;' | '<set/dataset-45> a ap:ModelSet ;\n    prov:hadMember <model/gpt-5> ;' | 1 | apsh:ModelSet | set/dataset-45 | model/gpt-5
        finding without description | data/findings.ttl | = | '<finding/codet5-pretraining-data-license-names-model> a ap:Finding ;\n    rdfs:label "CodeT5''s pre-training data carries the model''s name as its license"@en ;\n    dcterms:description' | '<finding/codet5-pretraining-data-license-names-model> a ap:Finding ;\n    rdfs:label "CodeT5''s pre-training data carries the model''s name as its license"@en ;\n    rdfs:comment' | 1 | apsh:Finding | finding/codet5-pretraining-data-license-names-model | dcterms:description
        """)
    void aBrokenRuleIsReportedWithItsPlace(String what, String file, String reportedIn, String from, String to, int count,
                                           String rule, String resource, String detail, @TempDir Path dir) {
        String expectedFile = reportedIn.equals("=") ? file : reportedIn;

        List<ShapesValidator.Problem> problems = EditedSources.in(dir).replace(file, unescape(from), unescape(to)).problems();

        assertEquals(count, problems.size(), what + ": " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(expectedFile)
                        && p.resource().contains(resource)
                        && p.rule().startsWith(rule)
                        && (p.rule() + p.value() + p.message()).contains(detail)),
                what + ": expected " + rule + " on " + resource + " in " + expectedFile + " mentioning " + detail + ", got\n" + problems);
    }

    /**
     * The edits above are checked on the resources they touch ({@link EditedSources}); here three, with problems in
     * another file than the edited one, on a resource another file defines, and on resources that link to the edited
     * one (the organisations of a country), are made in a copy of the project, whose build refuses it with exactly the
     * problems the edit check finds.
     */
    @Test
    void aBrokenCopyIsRefusedWithTheProblemsTheEditCheckFinds(@TempDir Path dir) {
        String developer = "<model/llama-2> ap:developer <org/meta-ai> .";
        String assessment = "<assessment/llama-2/deployment-data-weights> a ap:Assessment ;\n    ap:model <model/llama-2> ;";
        String misplaced = "<assessment/llama-2/deployment-data-weights> a ap:Assessment ;\n    ap:model <model/llama> ;";
        String code = "skos:notation \"US\"";
        List<ShapesValidator.Problem> edited = EditedSources.in(dir.resolve("edits"))
                .replace("data/curated/developers.ttl", developer, "")
                .replace("data/models/llama-2.ttl", assessment, misplaced)
                .replace("data/curated/countries.ttl", code, "skos:notation \"USA\"").problems();
        Home home = Fixtures.copyOfHome(dir.resolve("copy"));
        Fixtures.replaceOnce(home.data().resolve("curated/developers.ttl"), developer, "");
        Fixtures.replaceOnce(home.data().resolve("models/llama-2.ttl"), assessment, misplaced);
        Fixtures.replaceOnce(home.data().resolve("curated/countries.ttl"), code, "skos:notation \"USA\"");

        InvalidDataException refused = assertThrows(InvalidDataException.class, () -> KnowledgeGraph.build(home));

        assertEquals(1 + 2 + 11, edited.size(), edited.toString());
        assertEquals(edited, refused.problems());
        edited.forEach(p -> assertTrue(refused.getMessage().contains(p.rule()), refused.getMessage()));
    }

    @Test
    void aTurtleSyntaxErrorNamesFileAndLine(@TempDir Path dir) {
        Home home = Fixtures.copyOfHome(dir);
        Fixtures.replaceOnce(home.data().resolve("models/llama-2.ttl"), "    ap:arxivId \"2307.09288\" ;", "    ap:arxivId \"2307.09288\" \"extra\" ;");
        LoadException e = assertThrows(LoadException.class, () -> KnowledgeGraph.build(home));
        assertTrue(e.getMessage().contains("models/llama-2.ttl:16:"), e.getMessage());
    }

    @Test
    void aMissingShapesFileIsNamed(@TempDir Path dir) {
        Home home = Fixtures.copyOfHome(dir);
        home.shapes().toFile().delete();
        LoadException e = assertThrows(LoadException.class, () -> KnowledgeGraph.build(home));
        assertTrue(e.getMessage().contains("shapes.ttl") && e.getMessage().contains("missing"), e.getMessage());
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
