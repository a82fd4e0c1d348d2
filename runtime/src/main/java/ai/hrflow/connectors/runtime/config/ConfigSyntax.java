package ai.hrflow.connectors.runtime.config;

import java.nio.file.Path;
import java.util.Locale;

/** The two notations of a run configuration file. */
public enum ConfigSyntax {
    YAML,
    JSON;

    /**
     * By extension ({@code .yaml}, {@code .yml}, {@code .json}); otherwise by content: a document starting
     * with <code>{</code> is JSON, anything else YAML.
     */
    public static ConfigSyntax detect(Path file, String content) {
        String name = file == null || file.getFileName() == null ? ""
                : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        return content.stripLeading().startsWith("{") ? JSON : YAML;
    }
}
