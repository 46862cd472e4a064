# The paper's license points rule applied to the licenses of the Model Openness Tool's records
# (ap:DerivedLevel, ontology/comparison.ttl; rule comparison-rule/paper-license-rule-on-mot-license).
# Reads MOT's assessments of the five MOF components that map one to one onto a kind of the paper's
# components (final parameters and datasets: data; training, inference and evaluation code: code),
# the license MOT's evaluator resolves for each listed one (its own, else the global license it
# comes from), and the rule levels that rule reference/03 gives a license whose permissions Aperture records
# (data/curated/mot-license-permissions.ttl, data/licenses.ttl). A component that is not listed,
# unlicensed, or under terms without recorded permissions gets no level.
PREFIX ap: <https://w3id.org/aperture#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT {
  ?d a ap:DerivedLevel ;
    rdfs:label ?label ;
    ap:level ?level ; ap:license ?terms ;
    ap:decidedBy <https://w3id.org/aperture/comparison-rule/paper-license-rule-on-mot-license> ;
    prov:wasDerivedFrom ?a, ?terms .
  ?a ap:paperRuleLevel ?d .
}
WHERE {
  VALUES ?component {
    <https://w3id.org/aperture/mof/model-parameters-final> <https://w3id.org/aperture/mof/training-code>
    <https://w3id.org/aperture/mof/inference-code> <https://w3id.org/aperture/mof/evaluation-code>
    <https://w3id.org/aperture/mof/datasets>
  }
  ?a ap:dimension ?component ; ap:included true ; ap:ratedRecord/a ap:MotRecord .
  { ?a ap:license ?terms }
  UNION
  { ?a ap:mofLicenseFrom/ap:license ?terms . FILTER NOT EXISTS { ?a ap:license ?own } }
  ?terms ap:ruleCodeLevel ?codeLevel ; ap:ruleDataLevel ?dataLevel .
  ?component ap:mofContentType ?type .
  BIND(IF(?type = <https://w3id.org/aperture/mof-content-type/code>, ?codeLevel, ?dataLevel) AS ?level)
  ?level skos:notation ?notation .
  ?terms rdfs:label ?licenseLabel .
  BIND(IRI(CONCAT(STR(?a), "/paper-rule-level")) AS ?d)
  BIND(STRLANG(CONCAT(?notation, " by the paper's license rule from ", STR(?licenseLabel),
                      ", derived by Aperture (not a rating of the paper's authors)"), "en") AS ?label)
}
