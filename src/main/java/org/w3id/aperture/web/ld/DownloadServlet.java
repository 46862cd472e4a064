package org.w3id.aperture.web.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.w3id.aperture.format.MediaFormat;
import org.w3id.aperture.web.core.Renderer;
import org.w3id.aperture.web.core.WebServlet;

/** {@code /download/{file}} and the published JSON-LD context at {@code /context.jsonld}. */
public final class DownloadServlet extends WebServlet {
    private final transient Downloads downloads;

    public DownloadServlet(Renderer renderer, Downloads downloads) {
        super(renderer);
        this.downloads = downloads;
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "public, max-age=3600");
        if (req.getServletPath().equals("/context.jsonld")) {
            send(resp, 200, MediaFormat.JSONLD.mediaType() + "; charset=utf-8", downloads.context());
            return;
        }
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Optional<Downloads.File> file = Downloads.file(name);
        if (file.isEmpty()) {
            error(resp, 404, "Not found", "No such download; see the list on the home page.");
            return;
        }
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        send(resp, 200, file.get().mediaType() + "; charset=utf-8", downloads.bytes(file.get()));
    }
}
