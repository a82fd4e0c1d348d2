package ai.hrflow.connectors.docs;

import ai.hrflow.connectors.api.spi.Format;
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
                + "Format.named(\"format_...\", DeclaringClass.class, function)");
        }
        if (format.declaredIn() == null) {
            throw new DocsException(where + ": the default format '" + name + "' has no source file; pass the class "
                    + "that declares it to Format.named(name, DeclaringClass.class, function) so the docs can link it");
        }
        String source = source(format.declaredIn(), moduleRoot);
        int line = line(moduleRoot, source, name, where);
        return "[`" + name + "`](" + link(docsRoot, moduleRoot, source) + "#L" + line + ")";
    }

    /**
     * The module-relative source file of a top-level class: under {@code src/main/java}, or {@code src/test/java}
     * for a class that only tests declare (the main path when neither exists, for the error message).
     */
    static String source(Class<?> declaredIn, Path moduleRoot) {
        Class<?> top = declaredIn;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String file = top.getName().replace('.', '/') + ".java";
        String test = "src/test/java/" + file;
        return Files.isRegularFile(moduleRoot.resolve(test)) ? test : "src/main/java/" + file;
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
}
