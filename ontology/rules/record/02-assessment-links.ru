# Each model lists its assessments (ap:hasAssessment, inverse of ap:model), and each assessment
# of a level carries that level's tier.
PREFIX ap: <https://w3id.org/aperture#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT { ?model ap:hasAssessment ?a } WHERE { ?a ap:model ?model } ;

INSERT { ?a ap:tier ?tier } WHERE { ?a a ap:Assessment ; ap:value ?level . ?level ap:tier ?tier }
