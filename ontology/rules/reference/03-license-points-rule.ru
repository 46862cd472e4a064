# The paper's license rule, per license: one point per permission granted; the points give the
# restrictiveness class, which gives the level for code and for data. The level each assessment
# under a license gets from it is rule record/03-license-rule-levels.ru.
PREFIX ap: <https://w3id.org/aperture#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT { ?license ap:permissionPoints ?points }
WHERE {
  ?license a ap:License ;
    ap:permitsResearch ?r ; ap:permitsCommercialUse ?c ; ap:permitsModification ?m ;
    ap:permitsCopyrightedDerivatives ?cd ; ap:permitsRelicensedDerivatives ?ol .
  BIND(IF(?r, 1, 0) + IF(?c, 1, 0) + IF(?m, 1, 0) + IF(?cd, 1, 0) + IF(?ol, 1, 0) AS ?points)
} ;

INSERT { ?license ap:restrictiveness ?class ; ap:ruleCodeLevel ?code ; ap:ruleDataLevel ?data }
WHERE {
  ?license ap:permissionPoints ?points .
  ?class a ap:Restrictiveness ; ap:minPoints ?min ; ap:maxPoints ?max ; ap:codeLevel ?code ; ap:dataLevel ?data .
  FILTER(?points >= ?min && ?points <= ?max)
}
