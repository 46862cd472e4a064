# Per record of the European Open Source AI Index: how many of its dimensions it rates open,
# partial and closed, and, of the dimensions it rates (not applicable left out), the share it finds
# open and the share released in some form (any class but closed); no share when it rates none.
# Only records with at least one classed assessment get counts.
PREFIX ap: <https://w3id.org/aperture#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

INSERT {
  ?record ap:openDimensionCount ?open ; ap:partialDimensionCount ?partial ; ap:closedDimensionCount ?closed ;
    ap:openDimensionShare ?openShare ; ap:releasedDimensionShare ?releasedShare .
}
WHERE {
  {
    SELECT ?record (SUM(IF(?class = <https://w3id.org/aperture/osai-class/open>, 1, 0)) AS ?open)
      (SUM(IF(?class = <https://w3id.org/aperture/osai-class/partial>, 1, 0)) AS ?partial)
      (SUM(IF(?class = <https://w3id.org/aperture/osai-class/closed>, 1, 0)) AS ?closed)
      (SUM(IF(?class = <https://w3id.org/aperture/osai-class/not-applicable>, 0, 1)) AS ?rated)
    WHERE { ?record a ap:OsaiRecord . ?a ap:ratedRecord ?record ; ap:opennessClass ?class . }
    GROUP BY ?record
  }
  BIND(IF(?rated > 0, xsd:decimal(?open) / ?rated, ?unbound) AS ?openShare)
  BIND(IF(?rated > 0, xsd:decimal(?rated - ?closed) / ?rated, ?unbound) AS ?releasedShare)
}
