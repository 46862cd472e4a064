package org.w3id.aperture.upstream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.vocab.Slugs;

/**
 * The source/ resource an import derives from: its slug, the GitHub repository its files come
 * from and the commit they were taken at, as data/sources.ttl states them (schema:codeRepository,
 * ap:commit). Names each model file's own resource and its page at that commit.
 */
public record DatasetSource(String slug, String repository, String commit) {
    /** The folder of the authors' repository that holds one Markdown file per model. */
    static final String MODEL_FOLDER = "_llms";
    private static final Node CODE_REPOSITORY = NodeFactory.createURI("https://schema.org/codeRepository");

    /** Reads source/{@code slug} from a Turtle file of sources (data/sources.ttl). */
    public static DatasetSource read(Path sourcesFile, String slug) {
        if (!Files.isRegularFile(sourcesFile)) {
            throw new ImportException(sourcesFile, "no such file: the import needs source/" + slug + " described there");
        }
        Graph graph;
        try {
            graph = RDFDataMgr.loadGraph(sourcesFile.toString());
        } catch (RiotException e) {
            throw new ImportException(sourcesFile, "cannot read: " + e.getMessage());
        }
        Node source = NodeFactory.createURI(Ap.resource("source", slug));
        String commit = single(graph, source, Ap.term("commit"), sourcesFile, slug, "ap:commit");
        String repository = single(graph, source, CODE_REPOSITORY, sourcesFile, slug, "schema:codeRepository");
        if (!commit.matches("[0-9a-f]{40}")) {
            throw new ImportException(sourcesFile, "source/" + slug + ": ap:commit '" + commit + "' is not a 40-digit git commit");
        }
        if (!repository.matches("https://github\\.com/[^/\\s]+/[^/\\s]+")) {
            throw new ImportException(sourcesFile, "source/" + slug + ": schema:codeRepository <" + repository
                    + "> is not a GitHub repository (https://github.com/OWNER/NAME)");
        }
        return new DatasetSource(slug, repository, commit);
    }

    private static String single(Graph graph, Node source, Node property, Path file, String slug, String name) {
        List<Node> values = graph.find(source, property, Node.ANY).mapWith(t -> t.getObject()).toList();
        if (values.size() != 1) {
            throw new ImportException(file, "source/" + slug + " needs exactly one " + name + ", has " + values.size());
        }
        Node value = values.get(0);
        return value.isURI() ? value.getURI() : value.getLiteralLexicalForm();
    }

    /** The dataset's resource, as the relative reference data/models/ files use. */
    String ref() {
        return "<source/" + slug + ">";
    }

    /** The resource of one model file of the dataset, e.g. source/…/file/llama-2-md. */
    String fileRef(Path file) {
        return "<source/" + slug + "/file/" + Slugs.of(file.getFileName().toString()) + ">";
    }

    /** The file's path in the repository, e.g. _llms/llama-2.md. */
    String repositoryPath(Path file) {
        return MODEL_FOLDER + "/" + file.getFileName();
    }

    /** The file's page on GitHub at the commit. */
    String blobUrl(Path file) {
        return repository + "/blob/" + commit + "/" + repositoryPath(file);
    }

    /** The commit's first seven digits, as GitHub shows it. */
    String shortCommit() {
        return commit.substring(0, 7);
    }
}
