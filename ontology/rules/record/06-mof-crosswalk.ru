# The Model Openness Framework crosswalk, per model. A component of this taxonomy maps to a MOF
# component by skos:exactMatch, closeMatch, broadMatch or narrowMatch (data/crosswalks/mof.ttl).
# 1. ap:mofCovers: every mapped component that exists for the model (value not N/A) is at level
#    4 or 5 (released under a low-restriction or restriction-free license), and at least one is.
# 2. ap:mofGap: a required (not optional) MOF component that has a mapping but is not covered.
# 3. ap:mofReachableClass: the class with the smallest number N such that no required, mapped MOF
#    component of a class numbered N or more is uncovered. Absent when not even Class III is.
PREFIX ap: <https://w3id.org/aperture#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT { ?model ap:mofCovers ?mof }
WHERE {
  ?mof a ap:MofComponent .
  ?model a ap:Model .
  ?c skos:exactMatch|skos:closeMatch|skos:broadMatch|skos:narrowMatch ?mof .
  ?a ap:model ?model ; ap:component ?c ; ap:value/ap:rank ?rank .
  FILTER(?rank >= 4)
  FILTER NOT EXISTS {
    ?c2 skos:exactMatch|skos:closeMatch|skos:broadMatch|skos:narrowMatch ?mof .
    ?a2 ap:model ?model ; ap:component ?c2 ; ap:value ?v2 .
    FILTER(?v2 != <https://w3id.org/aperture/level/not-applicable>)
    FILTER NOT EXISTS { ?v2 ap:rank ?r2 . FILTER(?r2 >= 4) }
  }
} ;

INSERT { ?model ap:mofGap ?mof }
WHERE {
  ?model a ap:Model .
  ?mof a ap:MofComponent ; ap:optionalInClass false .
  FILTER EXISTS { ?c skos:exactMatch|skos:closeMatch|skos:broadMatch|skos:narrowMatch ?mof }
  FILTER NOT EXISTS { ?model ap:mofCovers ?mof }
} ;

INSERT { ?model ap:mofReachableClass ?best }
WHERE {
  {
    SELECT ?model (MIN(?n) AS ?bestNumber)
    WHERE {
      ?model a ap:Model .
      ?class a ap:MofClass ; ap:classNumber ?n .
      FILTER NOT EXISTS {
        ?model ap:mofGap ?gap . ?gap ap:mofClass/ap:classNumber ?gn .
        FILTER(?gn >= ?n)
      }
    }
    GROUP BY ?model
  }
  ?best a ap:MofClass ; ap:classNumber ?bestNumber .
}
