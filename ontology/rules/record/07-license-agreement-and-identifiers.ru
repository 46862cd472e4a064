# 1. Every assessment with a license rule level says whether its level agrees with the rule.
# 2. Every resource with an arXiv identifier gets arXiv's DataCite DOI, 10.48550/arXiv.<id>.
PREFIX ap: <https://w3id.org/aperture#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

INSERT { ?a ap:agreesWithLicenseRule ?agrees }
WHERE { ?a a ap:Assessment ; ap:value ?level ; ap:licenseRuleLevel ?rule . BIND(?level = ?rule AS ?agrees) } ;

INSERT { ?x ap:doi ?doi }
WHERE { ?x ap:arxivId ?id . FILTER NOT EXISTS { ?x ap:doi ?any } BIND(CONCAT("10.48550/arXiv.", STR(?id)) AS ?doi) }
