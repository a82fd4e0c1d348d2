package ai.hrflow.connectors.cli;

import ai.hrflow.connectors.core.docs.DocsGenerator;
import ai.hrflow.connectors.core.docs.ManifestGenerator;
import ai.hrflow.connectors.core.model.Connector;
import ai.hrflow.connectors.core.model.ConnectorProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The {@code docs} command's generator: each connector's {@code README.md} and {@code docs/} in the directory
 * its {@link ConnectorProvider} names, then {@code manifest.json} at the root. Only files whose content changes
 * are written, so an up-to-date tree stays untouched.
 */
final class GeneratedDocs implements DocsWriter {
    static final String MANIFEST = "manifest.json";

    @Override
    public List<Path> write(List<Connector> connectors, Path root) {
        Map<String, String[]> directories = directories();
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

    /** Where each provider puts its connectors' docs and module, by subtype: {docs directory, module directory}. */
    private static Map<String, String[]> directories() {
        Map<String, String[]> directories = new HashMap<>();
        for (ConnectorProvider provider : ServiceLoader.load(ConnectorProvider.class)) {
            for (Connector connector : provider.connectors()) {
                directories.put(connector.subtype(),
                        new String[] {provider.docsDirectory(connector), provider.moduleDirectory(connector)});
            }
        }
        return directories;
    }
}
