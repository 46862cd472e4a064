# Materialise the named superclasses of every typed resource and the superproperties of every
# statement (RDFS subclass and subproperty entailment), so queries need no reasoner.
PREFIX ap: <https://w3id.org/aperture#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT { ?x a ?super }
WHERE { ?x a ?class . ?class rdfs:subClassOf+ ?super . FILTER(isIRI(?super) && ?super != ?class) } ;

INSERT { ?s ?super ?o }
WHERE { ?p rdfs:subPropertyOf+ ?super . FILTER(isIRI(?super) && ?super != ?p) ?s ?p ?o }
