# Catalog-wide rule, run after every model is loaded (and so after the rules of ontology/rules/):
# for each pair of component and openness value that some model has, how many models have it
# and how many of those are among the paper's 40 (ap:LevelTally). Assessments are counted, not
# models, so that a large store need not read every model's IRI: there is exactly one assessment
# per model and component (shape apsh:OneAssessmentPerComponent).
PREFIX ap: <https://w3id.org/aperture#>
PREFIX prov: <http://www.w3.org/ns/prov#>

INSERT {
  ?tally a ap:LevelTally ; ap:tallyOfComponent ?component ; ap:tallyOfValue ?level ;
    ap:modelCount ?models ; ap:paperModelCount ?paper .
}
WHERE {
  {
    SELECT ?component ?level (COUNT(*) AS ?models)
    WHERE { ?a ap:component ?component ; ap:value ?level }
    GROUP BY ?component ?level
  }
  OPTIONAL {
    SELECT ?component ?level (COUNT(*) AS ?inPaper)
    WHERE {
      <https://w3id.org/aperture/set/paper-analysed-40> prov:hadMember ?model .
      ?a ap:model ?model ; ap:component ?component ; ap:value ?level .
    }
    GROUP BY ?component ?level
  }
  BIND(COALESCE(?inPaper, 0) AS ?paper)
  BIND(IRI(CONCAT("https://w3id.org/aperture/tally/", STRAFTER(STR(?component), "/component/"), "/",
                  STRAFTER(STR(?level), "/level/"))) AS ?tally)
}
