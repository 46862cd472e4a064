package org.w3id.aperture.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aperture.EditedSources;
import org.w3id.aperture.graph.ShapesValidator;

/** Each shape of the comparison's curated data (axes, rules, the tiers of MOF statuses and index classes) rejects data that breaks it. */
class ComparisonShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        an axis the crosswalk does not state | data/comparison/axes.ttl | '    ap:secondConcept <mof/inference-code> ;' | '    ap:secondConcept <mof/training-code> ;' | 1 | apsh:ComparisonAxisRestsOnCrosswalk | comparison-axis/paper-mof/inference-code | no crosswalk states
        an axis on a narrower mapping | data/comparison/axes.ttl | '    ap:firstConcept <mof/training-code> ;\\n    ap:secondConcept <eosai/training-code> ;\\n    ap:crosswalkMatch skos:closeMatch ;' | '    ap:firstConcept <mof/datasets> ;\\n    ap:secondConcept <eosai/base-model-data> ;\\n    ap:crosswalkMatch skos:narrowMatch ;' | 1 | apsh:ComparisonAxisRestsOnCrosswalk | comparison-axis/mof-eosai/training-code | only the paper's weights
        an axis without a slug | data/comparison/axes.ttl | '    skos:notation "model-card" ;\\n' | '' | 1 | apsh:ComparisonAxis | comparison-axis/mof-eosai/model-card | skos:notation
        a rule without a definition | ontology/comparison.ttl | '    skos:definition "One side is semi-open and the other fully open or fully closed. They disagree."@en ;\\n' | '' | 1 | apsh:ComparisonRule | comparison-rule/one-tier-apart | skos:definition
        a MOF status both on a tier and without one | ontology/comparison.ttl | 'MOT counts it missing. Fully closed for a comparison."@en ;' | 'MOT counts it missing. Fully closed for a comparison."@en ;\\n    ap:noTierRule rule:unknown ;' | 1 | apsh:ComparisonScale | mof-status/not-listed | Xone
        an index class neither on a tier nor with a rule | ontology/comparison.ttl | 'class:partial ap:comparisonTier tier:semi-open .' | '' | 1 | apsh:ComparisonScale | osai-class/partial | Xone
        """)
    void aBrokenRuleIsReportedWithItsPlace(String what, String file, String from, String to, int count, String rule, String resource,
                                           String detail, @TempDir Path dir) {
        List<ShapesValidator.Problem> problems =
                EditedSources.in(dir).replace(file, from.replace("\\n", "\n"), to.replace("\\n", "\n")).problems();

        assertEquals(count, problems.size(), what + ": " + problems);

        assertTrue(problems.stream().anyMatch(p -> p.resource().endsWith(resource + ">")
                        && p.rule().startsWith(rule)
                        && (p.rule() + p.value() + p.message()).contains(detail)),
                what + ": expected " + rule + " on " + resource + " mentioning " + detail + ", got\n" + problems);
    }
}
