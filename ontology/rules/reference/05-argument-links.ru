# The argument's links: each ap:Dependency gives its benefit or risk ap:dependsOnOpennessOf its
# component; each ap:RiskAddressing gives its mitigation or recommendation ap:addressesRisk its
# risk, and the risk the inverse ap:addressedBy. The provenance stays on the link resources. The
# AIRO superproperty of ap:addressesRisk and the superclasses of every type come from the closure
# the load applies to every derived fact (ontology/rules/README.md).
PREFIX ap: <https://w3id.org/aperture#>

INSERT { ?s ap:dependsOnOpennessOf ?c }
WHERE { ?d a ap:Dependency ; ap:linkFrom ?s ; ap:linkTo ?c } ;

INSERT { ?m ap:addressesRisk ?r . ?r ap:addressedBy ?m }
WHERE { ?x a ap:RiskAddressing ; ap:linkFrom ?m ; ap:linkTo ?r }
