# Per model: how many of its 12 components are released (level 2 or more), fully open (5),
# fully closed (1), not applicable and unknown; and the released share of the components whose
# status is known and applicable (none when no component is).
PREFIX ap: <https://w3id.org/aperture#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT {
  ?model ap:releasedComponentCount ?released ; ap:fullyOpenComponentCount ?open ;
    ap:closedComponentCount ?closed ; ap:notApplicableComponentCount ?na ;
    ap:unknownComponentCount ?unknown ; ap:releasedShare ?share .
}
WHERE {
  {
    SELECT ?model (COUNT(?a) AS ?total)
      (SUM(IF(?rank >= 2, 1, 0)) AS ?released) (SUM(IF(?rank = 5, 1, 0)) AS ?open)
      (SUM(IF(?rank = 1, 1, 0)) AS ?closed)
      (SUM(IF(?value = <https://w3id.org/aperture/level/not-applicable>, 1, 0)) AS ?na)
      (SUM(IF(?value = <https://w3id.org/aperture/level/unknown>, 1, 0)) AS ?unknown)
    WHERE {
      ?model a ap:Model . ?a ap:model ?model ; ap:value ?value .
      OPTIONAL { ?value ap:rank ?r }
      BIND(COALESCE(?r, 0) AS ?rank)
    }
    GROUP BY ?model
  }
  BIND(?total - ?na - ?unknown AS ?known)
  BIND(IF(?known > 0, xsd:decimal(?released) / ?known, ?unbound) AS ?share)
}
