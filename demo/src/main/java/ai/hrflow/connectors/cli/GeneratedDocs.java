package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.docs.DocsGenerator;
import ai.hrflow.connectors.docs.ManifestGenerator;
import ai.hrflow.connectors.api.model.Connector;
import ai.hrflow.connectors.api.model.ConnectorProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The {@code docs} command's generator: each connector's {@code README.md} and {@code docs/} in the module of
 * its {@link ConnectorProvider} (found by its source file under the root), then {@code manifest.json} at the root. Only files whose content changes
 * are written, so an up-to-date tree stays untouched.
 */
final class GeneratedDocs implements DocsWriter {
    static final String MANIFEST = "manifest.json";

    @Override
    public List<Path> write(List<Connector> connectors, Path root) {
        Map<String, String[]> directories = directories(root);
        List<Path> changed = new ArrayList<>();
        for (Connector connector : connectors) {
            String fallback = "connectors/" + connector.subtype();
            String[] where = directories.getOrDefault(connector.subtype(), new String[] {fallback, fallback});
            Path docs = Path.of(where[0]);
            for (String file : DocsGenerator.write(connector, root.resolve(docs), root.resolve(where[1]))) {
                changed.add(docs.resolve(file));
            }
        }
        if (ManifestGenerator.write(connectors, root.resolve(MANIFEST))) {
            changed.add(Path.of(MANIFEST));
        }
        return changed;
    }

    /** The manifest generator of the docs tool, creating the file's directory when needed. */
    static ManifestWriter manifest() {
        return (connectors, output) -> {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return ManifestGenerator.write(connectors, output);
        };
    }

    /**
     * Where each provider's connectors get their docs and module, by subtype: {docs directory, module directory},
     * relative to {@code root}. The module is the directory holding the provider's source file; the first
     * connector's docs go there, the others' in a sub-directory named after their subtype.
     */
    private static Map<String, String[]> directories(Path root) {
        Map<String, String[]> directories = new HashMap<>();
        for (ConnectorProvider provider : ServiceLoader.load(ConnectorProvider.class)) {
            String source = "src/main/java/" + provider.getClass().getName().replace('.', '/') + ".java";
            Optional<Path> module = moduleOf(root, source);
            if (module.isEmpty()) {
                continue;
            }
            String dir = module.get().toString().replace('\\', '/');
            List<Connector> connectors = provider.connectors();
            for (int i = 0; i < connectors.size(); i++) {
                String subtype = connectors.get(i).subtype();
                directories.put(subtype, new String[] {i == 0 ? dir : dir + "/" + subtype, dir});
            }
        }
        return directories;
    }

    /** The module directory (relative to {@code root}, at most two levels down) that holds {@code source}. */
    private static Optional<Path> moduleOf(Path root, String source) {
        try (Stream<Path> dirs = Files.walk(root, 2)) {
            return dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
                    .filter(d -> Files.isRegularFile(d.resolve(source))).findFirst().map(root::relativize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
