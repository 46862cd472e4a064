# The argument's links: each ap:Dependency gives its benefit or risk ap:dependsOnOpennessOf its
# component; each ap:RiskAddressing gives its mitigation or recommendation ap:addressesRisk its
# risk (and the AIRO superproperty, and the inverse ap:addressedBy). The provenance stays on the
# link resources. Every ap:ArgumentStatement subclass instance also gets its superclasses here,
# since these classes may be typed after rule 01 ran for derived resources (none today).
PREFIX ap: <https://w3id.org/aperture#>
PREFIX airo: <https://w3id.org/airo#>

INSERT { ?s ap:dependsOnOpennessOf ?c }
WHERE { ?d a ap:Dependency ; ap:linkFrom ?s ; ap:linkTo ?c } ;

INSERT { ?m ap:addressesRisk ?r ; airo:mitigatesRiskConcept ?r . ?r ap:addressedBy ?m }
WHERE { ?x a ap:RiskAddressing ; ap:linkFrom ?m ; ap:linkTo ?r }
