package ai.hrflow.connectors.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which Java cannot ask directly. */
final class Terminal {
    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        String term = System.getenv("TERM");
        if ("dumb".equals(term)) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            // Linux: a terminal is a tty or pseudo-terminal device; a pipe or file is not.
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        // Elsewhere: a console exists only when standard input and output are a terminal; close enough.
        return System.console() != null;
    }
}
