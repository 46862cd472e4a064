# Each rating carries the cell it makes in the tables that list ratings (ontology/indexes.ttl), so
# that the openness matrix and every-rating-of-a-model read one assessment's values directly
# instead of joining, per row, its level, component, model and release terms:
# - every rating: its value in its framework's own terms (ap:cellValue: the paper's level notation;
#   the notation of an index's class; MOF's "included" or "not included") and
#   its license as written (ap:cellLicense: the paper's release terms as written; a framework's
#   license as written, else the license's IRI);
# - the paper's assessments: the model's label, the component's upstream key and its position.
PREFIX ap: <https://w3id.org/aperture#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT {
  ?a ap:cellValue ?value ; ap:cellLicense ?license ; ap:cellModelLabel ?modelLabel ;
    ap:cellComponentKey ?componentKey ; ap:cellPosition ?position .
}
WHERE {
  ?a ap:model ?model ; ap:component ?component ; ap:value/skos:notation ?value .
  OPTIONAL { ?a ap:releaseTerms/ap:asWritten ?license }
  OPTIONAL { ?model rdfs:label ?modelLabel }
  OPTIONAL { ?component ap:upstreamKey ?componentKey }
  OPTIONAL { ?component ap:position ?position }
} ;

INSERT { ?a ap:cellValue ?value ; ap:cellLicense ?license }
WHERE {
  ?a ap:ratedRecord ?record ; ap:dimension ?dimension .
  OPTIONAL { ?a ap:included ?included }
  OPTIONAL { ?a ap:licenseAsWritten ?licenseAsWritten }
  OPTIONAL { ?a ap:license ?licenseResource }
  OPTIONAL { ?a ap:opennessClass ?class OPTIONAL { ?class skos:notation ?classNotation } }
  BIND(COALESCE(?classNotation, IF(?included, "included", "not included")) AS ?value)
  BIND(COALESCE(?licenseAsWritten, STR(?licenseResource)) AS ?license)
}
