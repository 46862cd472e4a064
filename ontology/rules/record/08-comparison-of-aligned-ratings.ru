# The comparison of aligned ratings (ontology/comparison.ttl; the rules are the ap:ComparisonRule
# concepts there). Reads the alignment's SSSOM mappings (data/alignment/models.ttl), the comparison
# axes (data/comparison/axes.ttl), the paper's assessments, the MOT records' assessments with the
# verdicts of MOT's evaluator, and the indexes' assessments.
# 1. One ap:Comparison per mapping whose curation rule is same-release or size-of-release and per
#    axis on whose two concepts the two records are assessed, the first record being the one
#    assessed on the axis's first concept, either end of the mapping.
# 2. Each side's value in its own terms (the paper's value, MOF's status, the index's class) and its
#    place on the paper's tiers: a level's own tier, or the ap:comparisonTier of a MOF status or an
#    index class. MOF's status: not listed; else by MOT's verdict on the resolved license (the
#    component's own, else the global license it comes from): open, open of another content type,
#    unlicensed; an invalid license is a named license MOT does not count as open when the terms
#    are an ap:License, and terms that are not a license otherwise.
# 3. The verdict and the rule that decided it: a side without a tier first (not applicable, then
#    unknown, then terms that are not a license; a side with no value at all is unknown), then the
#    same tier (agree), open against closed, one tier apart (disagree).
PREFIX ap: <https://w3id.org/aperture#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sssom: <https://w3id.org/sssom/>
PREFIX rule: <https://w3id.org/aperture/comparison-rule/>
PREFIX status: <https://w3id.org/aperture/mof-status/>
PREFIX tier: <https://w3id.org/aperture/tier/>
PREFIX verdict: <https://w3id.org/aperture/mof-license-verdict/>

INSERT {
  ?c a ap:Comparison ;
    rdfs:label ?label ;
    ap:firstRecord ?r1 ; ap:secondRecord ?r2 ; ap:axis ?axis ; ap:viaAlignment ?m ;
    ap:firstAssessment ?a1 ; ap:secondAssessment ?a2 ;
    prov:wasDerivedFrom ?a1, ?a2, ?m .
}
WHERE {
  VALUES ?rule { <https://w3id.org/aperture/alignment-rule/same-release> <https://w3id.org/aperture/alignment-rule/size-of-release> }
  ?m sssom:curation_rule ?rule .
  { ?m owl:annotatedSource ?r1 ; owl:annotatedTarget ?r2 } UNION { ?m owl:annotatedSource ?r2 ; owl:annotatedTarget ?r1 }
  ?axis a ap:ComparisonAxis ; ap:firstConcept ?c1 ; ap:secondConcept ?c2 ; skos:notation ?slug ; rdfs:label ?axisLabel .
  ?a1 ap:model|ap:ratedRecord ?r1 ; ap:component|ap:dimension ?c1 .
  ?a2 ap:ratedRecord ?r2 ; ap:dimension ?c2 .
  ?r1 rdfs:label ?l1 . ?r2 rdfs:label ?l2 .
  BIND(REPLACE(STRAFTER(STR(?r1), "https://w3id.org/aperture/"), "/", "-") AS ?s1)
  BIND(REPLACE(STRAFTER(STR(?r2), "https://w3id.org/aperture/"), "/", "-") AS ?s2)
  BIND(IRI(CONCAT("https://w3id.org/aperture/comparison/", ?s1, "--", ?s2, "/", ?slug)) AS ?c)
  BIND(STRLANG(CONCAT(STR(?l1), " and ", STR(?l2), " on ", STR(?axisLabel)), "en") AS ?label)
} ;

INSERT { ?c ap:paperValue ?value ; ap:firstTier ?tier }
WHERE {
  ?c a ap:Comparison ; ap:firstAssessment ?a .
  ?a a ap:Assessment ; ap:value ?value .
  OPTIONAL { ?value ap:tier ?tier }
} ;

INSERT { ?c ap:mofStatus ?status ; ?tierProperty ?tier ; ap:licenseAsWritten ?written ; ap:license ?terms }
WHERE {
  ?c a ap:Comparison .
  { ?c ap:firstAssessment ?a . BIND(ap:firstTier AS ?tierProperty) }
  UNION
  { ?c ap:secondAssessment ?a . BIND(ap:secondTier AS ?tierProperty) }
  ?a ap:ratedRecord/a ap:MotRecord ; ap:included ?listed .
  OPTIONAL { ?a ap:mofLicenseVerdict ?verdict }
  OPTIONAL { ?a ap:mofResolvedLicense ?written }
  OPTIONAL {
    { ?a ap:license ?terms }
    UNION
    { ?a ap:mofLicenseFrom/ap:license ?terms . FILTER NOT EXISTS { ?a ap:license ?own } }
  }
  BIND(IF(!?listed, status:not-listed,
       IF(?verdict = verdict:open, status:open,
       IF(?verdict = verdict:open-not-type-appropriate, status:open-other-type,
       IF(?verdict = verdict:unlicensed, status:unlicensed,
       IF(BOUND(?terms) && EXISTS { ?terms a ap:License }, status:not-open-license, status:not-a-license))))) AS ?status)
  OPTIONAL { ?status ap:comparisonTier ?tier }
} ;

INSERT { ?c ap:indexClass ?class ; ap:secondTier ?tier }
WHERE {
  ?c a ap:Comparison ; ap:secondAssessment ?a .
  ?a ap:opennessClass ?class .
  OPTIONAL { ?class ap:comparisonTier ?tier }
} ;

INSERT { ?c ap:verdict ?verdict ; ap:decidedBy ?rule }
WHERE {
  ?c a ap:Comparison .
  OPTIONAL { ?c ap:firstTier ?t1 }
  OPTIONAL { ?c ap:secondTier ?t2 }
  BIND(IF(EXISTS { ?c ap:paperValue|ap:mofStatus|ap:indexClass ?v . ?v ap:noTierRule rule:not-applicable }, rule:not-applicable,
       IF(EXISTS { ?c ap:paperValue|ap:mofStatus|ap:indexClass ?v . ?v ap:noTierRule rule:unknown }, rule:unknown,
       IF(EXISTS { ?c ap:paperValue|ap:mofStatus|ap:indexClass ?v . ?v ap:noTierRule rule:not-a-license }, rule:not-a-license,
       IF(!BOUND(?t1) || !BOUND(?t2), rule:unknown,
       IF(?t1 = ?t2,
          IF(?t1 = tier:fully-open, rule:both-fully-open, IF(?t1 = tier:semi-open, rule:both-semi-open, rule:both-fully-closed)),
       IF(?t1 != tier:semi-open && ?t2 != tier:semi-open, rule:open-versus-closed, rule:one-tier-apart)))))) AS ?rule)
  ?rule ap:givesVerdict ?verdict .
}
