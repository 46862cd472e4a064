package org.w3id.aperture.osai;

import java.util.List;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.vocab.Slugs;

/**
 * One index's dataset at its pinned commit, as its source resource describes it: where it is
 * (repository, pages), when (commit and date), its license (an SPDX IRI) and the attribution it
 * asks for (citations, rights statement).
 *
 * @param slug the slug of the source/ resource, such as {@code osai-5a388e8}
 * @param repository the GitHub repository's URL, without a trailing slash
 * @param general the source/ resource of the index in general that this dataset is a version of, or null
 */
record IndexSource(String slug, String repository, String commit, String date, String label, String title,
                   String description, List<String> pages, String license, List<String> citations, String rights,
                   String general) {

    String iri() {
        return Ap.resource("source", slug);
    }

    /** The IRI of a vendored file's resource: the source's IRI, /file/, and the slug of the file's name. */
    String fileIri(String fileName) {
        return iri() + "/file/" + Slugs.of(fileName);
    }

    /** The file on GitHub at the pinned commit; {@code path} is relative to the repository, with / separators. */
    String blobUrl(String path) {
        return repository + "/blob/" + commit + "/" + path.replace("%", "%25").replace(" ", "%20");
    }

    String treeUrl() {
        return repository + "/tree/" + commit;
    }
}
