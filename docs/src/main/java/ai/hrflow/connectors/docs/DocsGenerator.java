package ai.hrflow.connectors.docs;

import ai.hrflow.connectors.api.model.Action;
import ai.hrflow.connectors.api.model.Connector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates a connector module's documentation: {@code docs/<action>.md} per action (the reference's
 * layout, see {@code ActionDocs}) and the actions table of its {@code README.md}.
 *
 * <p>Output is a pure function of the connector declaration, the default formats' source files and the
 * hand-written part of the README: no date, no machine path, no secret (a secret with a default is an
 * error), {@code \n} line endings. That is what lets {@link DocsCheck} compare it with the committed files.
 *
 * <pre>{@code
 * Connector zoho = Connectors.discover().find("zohorecruit").orElseThrow();
 * DocsGenerator.write(zoho, Path.of("connectors/zohorecruit"));   // what `hrflow-connectors docs` does
 * }</pre>
 */
public final class DocsGenerator {
    /** The module-relative path of the README. */
    public static final String README = "README.md";
    /** The module-relative directory of the action docs; every {@code *.md} in it is generated. */
    public static final String DOCS_DIR = "docs";

    private DocsGenerator() {
    }

    /**
     * Every generated file of the connector, by module-relative path ({@code docs/push_profile.md},
     * {@code README.md}), in action order then the README.
     *
     * @param moduleRoot the connector module's directory: default formats' sources are found from it, and
     *     its README (if any) gives the hand-written text to keep
     * @throws DocsException when something declared cannot be documented (see its message)
     */
    public static Map<String, String> render(Connector connector, Path moduleRoot) {
        return render(connector, moduleRoot, moduleRoot);
    }

    /**
     * As {@link #render(Connector, Path)} for a connector whose docs live apart from its module (a module that
     * declares several connectors): paths are relative to {@code docsRoot}, format sources to {@code moduleRoot}.
     */
    public static Map<String, String> render(Connector connector, Path docsRoot, Path moduleRoot) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Action action : connector.actions()) {
            files.put(DocNames.docPath(action.name()), ActionDocs.render(connector, action, docsRoot, moduleRoot));
        }
        Path readme = docsRoot.resolve(README);
        files.put(README, ConnectorReadme.render(connector, readOrNull(readme), readme.toString()));
        return files;
    }

    /**
     * Writes what {@link #render} gives where it differs from the files on disk, and deletes the
     * {@code docs/*.md} no action generates any more (a renamed action would otherwise leave its old doc).
     *
     * @return the module-relative paths created, changed or deleted, empty when everything was up to date
     */
    public static List<String> write(Connector connector, Path moduleRoot) {
        return write(connector, moduleRoot, moduleRoot);
    }

    /** As {@link #write(Connector, Path)} with docs apart from the module, see {@link #render(Connector, Path, Path)}. */
    public static List<String> write(Connector connector, Path docsRoot, Path moduleSourceRoot) {
        Path moduleRoot = docsRoot;
        Map<String, String> files = render(connector, docsRoot, moduleSourceRoot);
        List<String> changed = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = moduleRoot.resolve(file.getKey());
                if (!file.getValue().equals(readOrNull(path))) {
                    Files.createDirectories(path.toAbsolutePath().getParent());
                    Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                    changed.add(file.getKey());
                }
            }
            for (String orphan : orphans(files, moduleRoot)) {
                Files.delete(moduleRoot.resolve(orphan));
                changed.add(orphan);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the docs of " + connector.name() + ": " + e.getMessage(), e);
        }
        return changed;
    }

    /** The {@code docs/*.md} files on disk that {@code files} does not contain, sorted. */
    static List<String> orphans(Map<String, String> files, Path moduleRoot) {
        Path dir = moduleRoot.resolve(DOCS_DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Set<String> found = new TreeSet<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.md")) {
            for (Path p : stream) {
                String relative = DOCS_DIR + "/" + p.getFileName();
                if (!files.containsKey(relative)) {
                    found.add(relative);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return List.copyOf(found);
    }

    static String readOrNull(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
