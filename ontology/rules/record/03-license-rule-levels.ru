# The paper's license rule, per assessment: every assessment under a license gets the level the
# rule gives that license (reference/03-license-points-rule.ru) for its component's kind
# (ap:licenseRuleLevel): the license's code or data level, whichever is of that kind.
PREFIX ap: <https://w3id.org/aperture#>

INSERT { ?a ap:licenseRuleLevel ?level }
WHERE {
  ?a ap:releaseTerms ?license ; ap:component/ap:kind ?kind .
  ?license ap:ruleCodeLevel|ap:ruleDataLevel ?level .
  ?level ap:kind ?kind .
}
