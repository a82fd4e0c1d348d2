package ai.hrflow.connectors.docs;

import ai.hrflow.connectors.api.model.Connector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the committed docs and manifest are what the generators produce now, so that a build fails
 * when a declaration changed without its docs (the reference's CI did the same by regenerating and diffing).
 * A connector module checks itself with:
 *
 * <pre>{@code
 * assertThat(DocsCheck.stale(connector, Path.of(""))).as(DocsCheck.FIX_HINT).isEmpty();
 * }</pre>
 */
public final class DocsCheck {
    /** What to do about stale files; test failure messages should say it. */
    public static final String FIX_HINT = "generated docs are out of date: run `./hrflow-connectors docs` at the "
            + "repository root and commit the result";

    private DocsCheck() {
    }

    /**
     * The module-relative paths whose committed content differs from {@link DocsGenerator#render}, is missing,
     * or is a {@code docs/*.md} no action generates any more; empty when all is up to date.
     *
     * @throws DocsException when the docs cannot be generated at all
     */
    public static List<String> stale(Connector connector, Path moduleRoot) {
        return stale(connector, moduleRoot, moduleRoot);
    }

    /** As {@link #stale(Connector, Path)} with docs apart from the module (see {@link DocsGenerator}). */
    public static List<String> stale(Connector connector, Path docsRoot, Path moduleSourceRoot) {
        Path moduleRoot = docsRoot;
        Map<String, String> files = DocsGenerator.render(connector, docsRoot, moduleSourceRoot);
        List<String> stale = new ArrayList<>();
        files.forEach((path, content) -> {
            if (!content.equals(DocsGenerator.readOrNull(moduleRoot.resolve(path)))) {
                stale.add(path);
            }
        });
        stale.addAll(DocsGenerator.orphans(files, moduleRoot));
        return stale;
    }

    /** The manifest file's name if it differs from {@link ManifestGenerator#render} or is missing; else empty. */
    public static List<String> staleManifest(List<Connector> connectors, Path manifestFile) {
        String expected = ManifestGenerator.render(connectors);
        return expected.equals(DocsGenerator.readOrNull(manifestFile))
                ? List.of()
                : List.of(String.valueOf(manifestFile.getFileName()));
    }

    /**
     * Fails when {@link #stale} finds anything, with a message listing the files and {@link #FIX_HINT}.
     *
     * @throws IllegalStateException when docs are stale
     */
    public static void requireFresh(Connector connector, Path moduleRoot) {
        List<String> stale = stale(connector, moduleRoot);
        if (!stale.isEmpty()) {
            throw new IllegalStateException(connector.name() + ": " + FIX_HINT + " (stale: "
                    + String.join(", ", stale) + ")");
        }
    }
}
