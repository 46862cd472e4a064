package org.w3id.aperture.web.query;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.w3id.aperture.format.MediaFormat;
import org.w3id.aperture.guard.QueryGuards;
import org.w3id.aperture.guard.QueryPolicy;
import org.w3id.aperture.guard.QueryPolicyException;
import org.w3id.aperture.vocab.Prefixes;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Value;
import org.w3id.aperture.web.core.WebServlet;

/**
 * Runs one query from the query page on the graph, under the same timeout as the SPARQL endpoint (the dataset's
 * context also keeps SERVICE off). Answers are built in memory, so a query that times out sends nothing partial.
 * The HTML table is one page of the answer, bounded in rows and in size: the downloads have it all.
 */
public final class QueryRun {
    static final int MAX_QUERY_CHARS = 20_000;
    public static final int PAGE_ROWS = 100;
    /** The most characters of values one HTML page shows; a page of huge values stops early and points at the downloads. */
    static final int MAX_PAGE_CHARS = 1_000_000;
    private static final List<MediaFormat> RESULT_DOWNLOADS = List.of(MediaFormat.CSV, MediaFormat.RESULTS_JSON, MediaFormat.TSV,
            MediaFormat.RESULTS_XML);
    private static final Pattern LEXICAL = Pattern.compile("Lexical error at line (\\d+), column (\\d+)\\.\\s+Encountered: (.*?),? after(?: prefix)? \"(.*)\"");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \" (?:<[^>]+>|\"[^\"]*\") \"(.*?) *\"\" at line");

    /** One value of the table; {@code number} is set for numeric literals (for sorting and the chart). */
    public record Cell(Value value, Double number) {}

    /**
     * One page of a SELECT answer: the variables, the rows shown, how many rows the answer has, which page this is,
     * whether the page stopped early for size, and the variables whose values are all numbers.
     */
    public record Table(List<String> vars, List<List<Cell>> rows, int total, int page, int pageRows, boolean cut,
                        List<String> numeric) {
        public int first() {
            return rows.isEmpty() ? 0 : (page - 1) * pageRows + 1;
        }

        public int last() {
            return first() + rows.size() - (rows.isEmpty() ? 0 : 1);
        }

        public int pages() {
            return Math.max(1, (total + pageRows - 1) / pageRows);
        }
    }

    /** A query that does not parse, with where: the page marks the line and column in the editor. */
    static final class ParseError extends RuntimeException {
        final int line;
        final int column;

        ParseError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final QueryRunner runner;
    private final Query query;

    QueryRun(QueryRunner runner, String text) {
        if (text.length() > MAX_QUERY_CHARS) {
            throw new WebServlet.BadRequest("the query is longer than " + MAX_QUERY_CHARS + " characters");
        }
        this.runner = runner;
        try {
            this.query = QueryPolicy.parse(text);
        } catch (QueryParseException e) {
            throw parseError(e);
        } catch (QueryPolicyException e) {
            throw new WebServlet.BadRequest("refused: " + e.getMessage());
        }
        QueryGuards.capRows(query, runner.rowLimit());
    }

    /** The parser's many-line report as one sentence: where, and what it did not expect. */
    static ParseError parseError(QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        String firstLine = message.lines().findFirst().orElse("");
        Matcher m = ENCOUNTERED.matcher(firstLine);
        Matcher lexical = LEXICAL.matcher(firstLine);
        int line = e.getLine();
        int column = e.getColumn();
        String what;
        if (m.find()) {
            what = "it did not expect “" + m.group(1) + "” there";
        } else if (lexical.find()) {
            line = Integer.parseInt(lexical.group(1));
            column = Integer.parseInt(lexical.group(2));
            String after = lexical.group(4).strip();
            what = lexical.group(3).startsWith("<EOF>") ? "the query ends before “" + after + "” is closed"
                    : "it cannot read what follows “" + after + "”";
        } else {
            what = firstLine.replaceAll("\\s*at line -?\\d+, column -?\\d+\\.?", "").replaceAll("^Line -?\\d+, column -?\\d+: ", "")
                    .replaceAll("[.\\s]+$", "");
        }
        String where = line > 0 ? " at line " + line + ", column " + column : "";
        return new ParseError("The query does not parse" + where + ": " + what + ".", line, column);
    }

    boolean isSelect() {
        return query.isSelectType();
    }

    boolean isAsk() {
        return query.isAskType();
    }

    private QueryExecution execution() {
        return QueryExecution.dataset(DatasetFactory.wrap(runner.dataset())).query(query)
                .timeout(runner.timeout().toMillis(), TimeUnit.MILLISECONDS).build();
    }

    /** Page {@code page} (from 1) of the answer; rows past the page are counted, not rendered. */
    Table table(int page) {
        try (QueryExecution qe = execution()) {
            ResultSet results = qe.execSelect();
            List<String> vars = results.getResultVars();
            List<List<Cell>> rows = new ArrayList<>();
            boolean[] numeric = new boolean[vars.size()];
            boolean[] seen = new boolean[vars.size()];
            java.util.Arrays.fill(numeric, true);
            int skip = (page - 1) * PAGE_ROWS;
            int total = 0;
            long chars = 0;
            boolean cut = false;
            while (results.hasNext()) {
                var solution = results.next();
                total++;
                if (total <= skip || rows.size() >= PAGE_ROWS || cut) {
                    continue;
                }
                List<Cell> row = new ArrayList<>();
                for (int i = 0; i < vars.size(); i++) {
                    Cell cell = cell(solution.get(vars.get(i)));
                    chars += cell.value().text().length() + (cell.value().note() == null ? 0 : cell.value().note().length());
                    if (!cell.value().text().isEmpty()) {
                        seen[i] = true;
                        numeric[i] &= cell.number() != null;
                    }
                    row.add(cell);
                }
                rows.add(row);
                cut = chars > MAX_PAGE_CHARS;
            }
            List<String> numericVars = new ArrayList<>();
            for (int i = 0; i < vars.size(); i++) {
                if (numeric[i] && seen[i]) {
                    numericVars.add(vars.get(i));
                }
            }
            return new Table(vars, rows, total, page, PAGE_ROWS, cut, List.copyOf(numericVars));
        }
    }

    boolean ask() {
        try (QueryExecution qe = execution()) {
            return qe.execAsk();
        }
    }

    Graph graph() {
        try (QueryExecution qe = execution()) {
            return (query.isConstructType() ? qe.execConstruct() : qe.execDescribe()).getGraph();
        }
    }

    /** The formats the answer downloads in, in the order the page links them: results for SELECT and ASK, else RDF. */
    List<MediaFormat> downloads() {
        return isSelect() || isAsk() ? RESULT_DOWNLOADS : MediaFormat.ofKind(MediaFormat.Kind.GRAPH);
    }

    /** The download format named by its extension ({@code csv}, {@code ttl}, ...), if the answer has it. */
    Optional<MediaFormat> download(String extension) {
        return downloads().stream().filter(f -> f.extension().equals(extension)).findFirst();
    }

    /** SELECT or ASK results in one of {@link #RESULT_DOWNLOADS}. */
    byte[] results(MediaFormat format) {
        Lang lang = format.lang();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution qe = execution()) {
            if (query.isAskType()) {
                ResultSetFormatter.output(out, qe.execAsk(), lang);
            } else {
                ResultSetFormatter.output(out, qe.execSelect(), lang);
            }
        }
        return out.toByteArray();
    }

    /** A resource by its label (the IRI's short form beside it), linked only when the link is safe; a literal as text. */
    private Cell cell(RDFNode node) {
        if (node == null) {
            return new Cell(new Value("", null, false, null), null);
        }
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            String label = runner.labels().of(iri);
            String shortForm = Prefixes.ALL.shortForm(iri);
            boolean labelled = !label.equals(Labels.localName(iri));
            return new Cell(new Value(labelled ? label : shortForm, runner.iris().safeHref(iri),
                    !runner.iris().isLocal(iri), labelled ? shortForm : null), null);
        }
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            return new Cell(new Value(literal.getLexicalForm(), null, false, null), number(literal));
        }
        return new Cell(new Value("_:" + node.asResource().getId(), null, false, null), null);
    }

    private static Double number(Literal literal) {
        if (!(literal.getDatatype() instanceof XSDDatatype type) || !isNumeric(type)) {
            return null;
        }
        try {
            return Double.parseDouble(literal.getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isNumeric(XSDDatatype type) {
        return type.equals(XSDDatatype.XSDinteger) || type.equals(XSDDatatype.XSDdecimal) || type.equals(XSDDatatype.XSDdouble)
                || type.equals(XSDDatatype.XSDfloat) || type.equals(XSDDatatype.XSDint) || type.equals(XSDDatatype.XSDlong)
                || type.equals(XSDDatatype.XSDnonNegativeInteger) || type.equals(XSDDatatype.XSDpositiveInteger)
                || type.equals(XSDDatatype.XSDshort);
    }
}
