package ai.hrflow.connectors.core.docs;

import ai.hrflow.connectors.core.spi.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The v1 {@code format} default cell: a markdown link from {@code docs/<action>.md} to the line that declares
 * the action's default format, as the reference links its Python function ({@code ../connector.py#L239}).
 * The line is the first one holding the format's name in double quotes, i.e. its
 * {@code Format.named("format_x", ...)} declaration, so the link follows the code when it moves.
 */
final class FormatLink {
    private FormatLink() {
    }

    /**
     * @param where names the action in error messages, e.g. {@code Zoho Recruit push_profile_list}
     * @throws DocsException when the format has no name or source, or the file or the line cannot be found
     */
    static String cell(Format format, Path docsRoot, Path moduleRoot, String where) {
        if (format == null) {
            // No default format: the engine passes items through unchanged, as the reference's identity.
            return "None";
        }
        String name = format.name();
        if (name == null || name.isBlank()) {
            throw new DocsException(where + ": the default format has no name; declare it with "
                    + "Format.named(\"format_...\", \"src/main/java/.../Formats.java\", function)");
        }
        String source = format.source();
        if (source == null || source.isBlank()) {
            throw new DocsException(where + ": the default format '" + name + "' has no source file; pass its "
                    + "module-relative path to Format.named(name, source, function) so the docs can link it");
        }
        checkRelative(source, name, where);
        int line = line(moduleRoot, source, name, where);
        return "[`" + name + "`](" + link(docsRoot, moduleRoot, source) + "#L" + line + ")";
    }

    /** The source's path as seen from the {@code docs/} directory of the docs root (they may differ in depth). */
    static String link(Path docsRoot, Path moduleRoot, String source) {
        Path from = docsRoot.toAbsolutePath().normalize().resolve(DocsGenerator.DOCS_DIR);
        Path to = moduleRoot.toAbsolutePath().normalize().resolve(source).normalize();
        return from.relativize(to).toString().replace('\\', '/');
    }

    /** 1-based number of the first line of {@code source} containing {@code "name"}. */
    static int line(Path moduleRoot, String source, String name, String where) {
        Path file = moduleRoot.resolve(source);
        if (!Files.isRegularFile(file)) {
            throw new DocsException(where + ": the source file of the default format '" + name + "' does not "
                    + "exist: " + source + " (resolved against the module root " + moduleRoot.toAbsolutePath()
                    + ")");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DocsException(where + ": cannot read " + source + ": " + e.getMessage(), e);
        }
        String quoted = "\"" + name + "\"";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(quoted)) {
                return i + 1;
            }
        }
        throw new DocsException(where + ": " + source + " has no line containing " + quoted
                + "; the default format must be declared there with Format.named(" + quoted + ", ...)");
    }

    /** A link must work on every clone: no absolute path, no escape out of the module, no backslash. */
    private static void checkRelative(String source, String name, String where) {
        boolean absolute = source.startsWith("/") || source.matches("^[A-Za-z]:.*");
        boolean escapes = source.equals("..") || source.startsWith("../") || source.contains("/../");
        if (absolute || escapes || source.contains("\\")) {
            throw new DocsException(where + ": the source of the default format '" + name + "' must be a path "
                    + "relative to the module root with forward slashes (e.g. src/main/java/.../Formats.java), got "
                    + source);
        }
    }
}
