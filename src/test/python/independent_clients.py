"""Independent clients against a running Aperture server: rdflib (Graph.parse by URL in each RDF
format, SPARQLStore) and SPARQLWrapper (every return format it asks for). Prints one line per check;
exits non-zero at the first failure. Usage: independent_clients.py BASE_URL"""
import sys

import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import SPARQLWrapper, JSON, XML, CSV, TSV, TURTLE, N3, RDFXML

base = sys.argv[1].rstrip("/")
endpoint = base + "/aperture/sparql"
AP = rdflib.Namespace("https://w3id.org/aperture#")
LLAMA = rdflib.URIRef("https://w3id.org/aperture/model/llama-2")


def check(name, condition, detail=""):
    if not condition:
        print("FAIL", name, detail)
        sys.exit(1)
    print("ok  ", name)


for fmt in ["turtle", "xml", "nt", "json-ld"]:
    g = rdflib.Graph()
    g.parse(base + "/model/llama-2", format=fmt)
    check("rdflib Graph.parse %s" % fmt, (LLAMA, rdflib.RDF.type, AP.Model) in g, "%d triples" % len(g))

g = rdflib.Graph()
g.parse(base + "/dataset", format="turtle")
check("rdflib parses the dataset description", len(list(g.subjects(rdflib.RDF.type, rdflib.URIRef("http://rdfs.org/ns/void#Dataset")))) == 1)

store = SPARQLStore(endpoint)
rows = list(store.query("SELECT ?m WHERE { ?m a <https://w3id.org/aperture#Model> }"))
check("rdflib SPARQLStore SELECT", len(rows) == 45, "%d rows" % len(rows))
ask = store.query("ASK { <https://w3id.org/aperture/model/llama-2> a <https://w3id.org/aperture#Model> }")
check("rdflib SPARQLStore ASK", bool(ask.askAnswer))
constructed = store.query("CONSTRUCT { ?m a <https://w3id.org/aperture#Model> } WHERE { ?m a <https://w3id.org/aperture#Model> }")
check("rdflib SPARQLStore CONSTRUCT", len(constructed.graph) == 45, "%d triples" % len(constructed.graph))

select = "SELECT ?m WHERE { ?m a <https://w3id.org/aperture#Model> }"
for fmt in [JSON, XML, CSV, TSV]:
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(select)
    sparql.setReturnFormat(fmt)
    result = sparql.query()
    converted = result.convert()
    if fmt == JSON:
        n = len(converted["results"]["bindings"])
    elif fmt == XML:
        n = len(converted.getElementsByTagName("result"))
    else:
        n = len(converted.decode("utf-8").strip().splitlines()) - 1
    check("SPARQLWrapper SELECT %s" % fmt, n == 45, "%d rows" % n)

construct = "CONSTRUCT { ?m a <https://w3id.org/aperture#Model> } WHERE { ?m a <https://w3id.org/aperture#Model> }"
# JSON-LD is read by rdflib above: Debian's SPARQLWrapper 1.8 refuses to ask for it without a plugin rdflib 6 replaced
for fmt in [TURTLE, N3, RDFXML]:
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(construct)
    sparql.setReturnFormat(fmt)
    converted = sparql.query().convert()
    if isinstance(converted, rdflib.Graph):
        n = len(converted)
    else:
        parsed = rdflib.Graph()
        parsed.parse(data=converted, format={TURTLE: "turtle", N3: "n3", RDFXML: "xml"}[fmt])
        n = len(parsed)
    check("SPARQLWrapper CONSTRUCT %s" % fmt, n == 45, "%d triples" % n)

print("all independent-client checks passed")
