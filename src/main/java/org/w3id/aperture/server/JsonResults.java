package org.w3id.aperture.server;

import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kBaseDirection;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kBindings;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kBnode;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kDatatype;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kHead;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kLiteral;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kObject;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kPredicate;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kResults;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kSubject;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kTriple;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kType;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kUri;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kValue;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kVars;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kXmlLang;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL 1.1 query results in JSON, the same members and blank-node labels as Jena's writer, written
 * through Gson's streaming writer: Jena's own writes one character at a time through an indenting writer,
 * which took over a third of the server's CPU on the benchmark mix.
 */
final class JsonResults {
    private JsonResults() {}

    static void write(OutputStream out, RowSet rows, Context context) throws IOException {
        JsonWriter json = new JsonWriter(new UnsyncedBuffer(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        json.setHtmlSafe(false);
        NodeToLabel labels = context != null && context.isTrue(ARQ.outputGraphBNodeLabels)
                ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();
        List<Var> vars = rows.getResultVars();
        json.beginObject().name(kHead).beginObject().name(kVars).beginArray();
        for (Var v : vars) {
            json.value(v.getVarName());
        }
        json.endArray().endObject();
        json.name(kResults).beginObject().name(kBindings).beginArray();
        while (rows.hasNext()) {
            Binding row = rows.next();
            json.beginObject();
            for (Var v : vars) {
                Node value = row.get(v);
                if (value != null) {
                    json.name(v.getVarName());
                    term(json, value, labels);
                }
            }
            json.endObject();
        }
        json.endArray().endObject().endObject();
        json.flush();
    }

    private static void term(JsonWriter json, Node node, NodeToLabel labels) throws IOException {
        json.beginObject();
        if (node.isURI()) {
            json.name(kType).value(kUri).name(kValue).value(node.getURI());
        } else if (node.isLiteral()) {
            json.name(kType).value(kLiteral);
            if (Util.isSimpleString(node) || Util.isLangString(node) || Util.isDirLangString(node)) {
                String lang = node.getLiteralLanguage();
                if (lang != null && !lang.isEmpty()) {
                    json.name(kXmlLang).value(lang);
                }
                if (node.getLiteralBaseDirection() != null) {
                    json.name(kBaseDirection).value(node.getLiteralBaseDirection().direction());
                }
            } else {
                json.name(kDatatype).value(node.getLiteralDatatypeURI());
            }
            json.name(kValue).value(node.getLiteralLexicalForm());
        } else if (node.isBlank()) {
            json.name(kType).value(kBnode).name(kValue).value(labels.get(null, node).substring(2));
        } else if (node.isTripleTerm()) {
            Triple t = node.getTriple();
            json.name(kType).value(kTriple).name(kValue).beginObject();
            json.name(kSubject);
            term(json, t.getSubject(), labels);
            json.name(kPredicate);
            term(json, t.getPredicate(), labels);
            json.name(kObject);
            term(json, t.getObject(), labels);
            json.endObject();
        } else {
            throw new IllegalArgumentException("not an RDF term of a result: " + node);
        }
        json.endObject();
    }

    /** A character buffer in front of the encoder; unlike BufferedWriter it takes no lock for each of Gson's small writes. */
    private static final class UnsyncedBuffer extends Writer {
        private final Writer out;
        private final char[] buffer = new char[8192];
        private int used;

        UnsyncedBuffer(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(chars, off, len);
                    return;
                }
            }
            System.arraycopy(chars, off, buffer, used, len);
            used += len;
        }

        @Override
        public void write(String text, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(text, off, len);
                    return;
                }
            }
            text.getChars(off, off + len, buffer, used);
            used += len;
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            out.close();
        }
    }
}
