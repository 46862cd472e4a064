# Catalog-wide rule, run after every record is loaded (and so after the rules of reference/ and
# record/): for each pair of component and openness value that some model has, how many models
# have it and how many of those are among the paper's 40 (ap:LevelTally, a derived index:
# ontology/indexes.ttl). Assessments are counted, not models, so that a large store need not read
# every model's IRI: there is exactly one assessment per model and component (shape
# apsh:OneAssessmentPerComponent). A tally's IRI is made of the slugs of the component's upstream
# key and of the value's notation, as vocab.Slugs makes them: tally/deployment-data-weights/d3,
# tally/training-data-sft/n-a.
PREFIX ap: <https://w3id.org/aperture#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

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
  ?component ap:upstreamKey ?key .
  ?level skos:notation ?notation .
  BIND(IRI(CONCAT("https://w3id.org/aperture/tally/", REPLACE(LCASE(?key), "[^a-z0-9]+", "-"), "/",
                  REPLACE(LCASE(?notation), "[^a-z0-9]+", "-"))) AS ?tally)
}
