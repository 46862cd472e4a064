package org.w3id.aperture.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.EditedSources;
import org.w3id.aperture.graph.ShapesValidator;

/** Each SHACL rule of the argument and the identifiers rejects data that breaks it, and the report names file, resource and rule. */
class ArgumentShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        risk with two support kinds | data/argument/risks.ttl | '<risk/cyberattack-uplift> a ap:Risk ;' | '<risk/cyberattack-uplift> a ap:Risk ;\\n    ap:supportKind support:editorial ;' | 1 | apsh:ArgumentStatementProvenance | risk/cyberattack-uplift | ap:supportKind
        benefit without source | data/argument/benefits.ttl | '    prov:wasDerivedFrom <source/summary-mauryasameer> .\\n\\n<benefit/methodological-insight>' | '    rdfs:comment "no source"@en .\\n\\n<benefit/methodological-insight>' | 1 | apsh:ArgumentStatementProvenance | benefit/reproducibility | prov:wasDerivedFrom
        stated in paper without section | data/argument/thesis-and-claims.ttl | '    ap:paperSection "Abstract" ;\\n    ap:quotedPassage "We argue for the responsible' | '    ap:quotedPassage "We argue for the responsible' | 1 | apsh:StatedInPaperCitesSection | thesis/responsible-open-sourcing | no ap:paperSection
        stated in paper without quoted passage | data/argument/thesis-and-claims.ttl | '    ap:quotedPassage "We argue that, overall, the benefits of open-source Gen AI outweigh its risks." ;\\n' | '' | 1 | apsh:StatedInPaperCitesSection | thesis/benefits-outweigh-risks | no ap:quotedPassage
        stated in paper from the digest | data/argument/regulation.ttl | '    prov:wasDerivedFrom <source/eiras-2024-arxiv> .' | '    prov:wasDerivedFrom <source/reference-digest> .' | 1 | apsh:StatedInPaperCitesSection | regulation/appendix-b1-review | not derived from the paper
        stated in paper from a summary | data/argument/thesis-and-claims.ttl | '    ap:supportKind support:from-summary ;\\n    prov:wasDerivedFrom <source/summary-acawiki>, <source/summary-emergentmind> .' | '    ap:supportKind support:stated-in-paper ;\\n    ap:paperSection "3" ;\\n    prov:wasDerivedFrom <source/summary-acawiki>, <source/summary-emergentmind> .' | 2 | apsh:StatedInPaperCitesSection | claim/weights-more-open-than-training-data-and-safety-evaluation | not derived from the paper
        literature without citation | data/argument/risks.ttl | '    prov:wasDerivedFrom <source/qi-2023> .' | '    prov:wasDerivedFrom <source/aperture-curation> .' | 1 | apsh:LiteratureIsCited | risk/safeguards-removed-by-fine-tuning | arXiv
        risk in an area that is not an impact area | data/argument/risks.ttl | '<risk/harmful-bias> a ap:Risk ;' | '<risk/harmful-bias> a ap:Risk ;\\n    ap:impactArea <area/nowhere> ;' | 1 | apsh:ImpactOfBenefitOrRisk | risk/harmful-bias | area/nowhere
        benefit without stage | data/argument/benefits.ttl | '    ap:developmentStage horizon:near-term, horizon:mid-term ;\\n    skos:inScheme <scheme/benefits> ;\\n    prov:wasDerivedFrom <source/question-list-ai-safety-compass>, <source/schwartz-2020> .' | '    skos:inScheme <scheme/benefits> ;\\n    prov:wasDerivedFrom <source/question-list-ai-safety-compass>, <source/schwartz-2020> .' | 1 | apsh:ImpactOfBenefitOrRisk | benefit/environmental-benefit | ap:developmentStage
        mitigation addressing no risk | data/argument/mitigations.ttl | '    ap:linkFrom <mitigation/watermarking> ;' | '    ap:linkFrom <mitigation/staged-release> ;' | 1 | apsh:MitigationAddressesRisk | mitigation/watermarking | addresses no risk
        dependency on a non-component | data/argument/dependencies.ttl | '    ap:linkFrom <benefit/societal-benefits-realised> ;\\n    ap:linkTo component:deployment-data-weights ;' | '    ap:linkFrom <benefit/societal-benefits-realised> ;\\n    ap:linkTo <risk/harmful-bias> ;' | 1 | apsh:Dependency | dependency/societal-benefits-realised--deployment-data-weights | risk/harmful-bias
        addressing of a benefit | data/argument/mitigations.ttl | '    ap:linkTo <risk/disinformation-at-scale> ;' | '    ap:linkTo <benefit/reproducibility> ;' | 1 | apsh:RiskAddressing | addressing/watermarking--disinformation-at-scale | benefit/reproducibility
        link with two ends | data/argument/mitigations.ttl | '    ap:linkTo <risk/disinformation-at-scale> ;' | '    ap:linkTo <risk/disinformation-at-scale>, <risk/harmful-bias> ;' | 1 | apsh:ArgumentLink | addressing/watermarking--disinformation-at-scale | ap:linkTo
        regulation without jurisdiction | data/argument/regulation.ttl | '    ap:jurisdiction jurisdiction:cn ;' | '' | 1 | apsh:Regulation | regulation/china-interim-measures-generative-ai | ap:jurisdiction
        claim naming a file not a query | data/argument/thesis-and-claims.ttl | '    ap:checkedByQuery "paper-observations-checked" ;\\n    ap:supportKind support:stated-in-paper ;' | '    ap:checkedByQuery "paper-observations-checked.rq" ;\\n    ap:supportKind support:stated-in-paper ;' | 1 | apsh:Claim | claim/taxonomy-applied-to-40-llms | ap:checkedByQuery
        risk mapped to a non-category | data/argument/risks.ttl | '    skos:closeMatch <nist/confabulation>' | '    skos:closeMatch <nist/confabulation>' | 1 | apsh:RiskMapping | risk/harmful-bias | nist/confabulation
        MOF component in two classes | data/crosswalks/mof.ttl | '    ap:mofClass <mof/class-i> ;\\n    ap:optionalInClass true ;' | '    ap:mofClass <mof/class-i>, <mof/class-ii> ;\\n    ap:optionalInClass true ;' | 1 | apsh:MofComponent | mof/model-metadata | ap:mofClass
        restriction without type | data/licenses.ttl | '    rdfs:label "LLaMA: non-commercial research use only"@en ;\\n    ap:restrictionType <restriction-type/non-commercial> ;' | '    rdfs:label "LLaMA: non-commercial research use only"@en ;' | 1 | apsh:LicenseRestriction | restriction/llama-non-commercial | ap:restrictionType
        restriction of no license | data/licenses.ttl | '<license/rail> ap:hasRestriction <restriction/rail-use-restrictions> .' | '' | 1 | apsh:LicenseRestriction | restriction/rail-use-restrictions | ap:hasRestriction
        country not of the authority table | data/curated/identifiers.ttl | '<org/xai> ap:country country:USA .' | '<org/xai> ap:country <country/us> .' | 1 | apsh:OrganizationCountry | org/xai | country/us
        country code not ISO | data/curated/countries.ttl | 'skos:notation "US"' | 'skos:notation "USA"' | 11 | apsh:OrganizationCountry | org/xai | USA
        Wikidata link without its mapping | data/curated/identifiers.ttl | '<org/xai> ap:country country:USA .' | '<org/xai> ap:country country:USA ; skos:exactMatch wd:Q120599684 .' | 1 | apsh:WikidataLinkHasMapping | org/xai | Q120599684
        mapping of a link not stated | data/curated/identifiers.ttl | '<org/meta-ai> skos:closeMatch wd:Q380 .' | '<org/meta-ai> skos:exactMatch wd:Q380 .' | 2 | apsh:IdentifierMapping | mapping/org-meta-ai--wikidata-q380 | closeMatch
        mapping without its source | data/curated/identifiers.ttl | '    prov:wasDerivedFrom <source/semantic-web-ai-models-model-identity-links> .' | '    rdfs:seeAlso <source/semantic-web-ai-models-model-identity-links> .' | 2 | apsh:IdentifierMapping | mapping/model-gpt-4--wikidata-q116709136 | prov:wasDerivedFrom
        owl:sameAs a Wikidata item | data/curated/identifiers.ttl | '<org/openai> skos:exactMatch wd:Q21708200 .' | '<org/openai> skos:exactMatch wd:Q21708200 ; owl:sameAs wd:Q21708200 .' | 1 | apsh:NoSameAsToWikidata | org/openai | Q21708200
        statement about a link without support kind | data/argument/mitigations.ttl | '    rdf:object component:deployment-data-weights ;\\n    ap:supportKind support:editorial ;' | '    rdf:object component:deployment-data-weights ;' | 1 | apsh:StatementAboutALink | concern/open-source-models-training-and-evaluation-data--deployment-data-weights | ap:supportKind
        statement about a link not stated | data/argument/mitigations.ttl | '    rdf:object component:evaluation-data-safety ;' | '    rdf:object component:evaluation-code-safety ;' | 1 | apsh:StatementAboutALink | concern/open-source-models-training-and-evaluation-data--evaluation-data-safety | evaluation-code-safety
        file of a dataset with two pages | data/models/llama-2.ttl | '/_llms/llama-2.md> ;' | '/_llms/llama-2.md>, <https://example.org/copy-of-llama-2.md> ;' | 3 | apsh:SourceFile | source/llm-openness-dataset-159a7bc/file/llama-2-md | foaf:page
        file of something that is no dataset | data/models/llama-2.ttl | '    dcterms:isPartOf <source/llm-openness-dataset-159a7bc> .' | '    dcterms:isPartOf <source/aperture-curation> .' | 2 | apsh:SourceFile | source/llm-openness-dataset-159a7bc/file/llama-2-md | dcterms:isPartOf
        source line 0 | data/models/llama-2.ttl | '    ap:sourceLine 10 .' | '    ap:sourceLine 0 .' | 1 | apsh:SourceLine | assessment/llama-2/training-code-pretraining | MinInclusive
        """)
    void aBrokenRuleIsReportedWithItsPlace(String what, String file, String from, String to, int count,
                                           String rule, String resource, String detail, @TempDir Path dir) {
        EditedSources edits = EditedSources.in(dir);
        if (what.equals("risk mapped to a non-category")) {
            edits.append(file, "<risk/harmful-bias> skos:closeMatch <nist/confabulation> .\n<nist/confabulation> a <https://w3id.org/aperture/test/NotACategory> .");
            edits.replace("data/crosswalks/nist-ai-600-1.ttl", "<nist/confabulation> a ap:RiskCategory, skos:Concept ;", "<nist/confabulation> a skos:Concept ;");
        } else {
            edits.replace(file, from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        }
        List<ShapesValidator.Problem> problems = edits.problems();
        assertEquals(count, problems.size(), what + ": " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.resource().contains(resource)
                        && p.rule().startsWith(rule)
                        && (p.rule() + p.value() + p.message()).contains(detail)),
                what + ": expected " + rule + " on " + resource + " mentioning " + detail + ", got\n" + problems);
    }
}
