package ai.hrflow.connectors.cli.logging;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The one stream log lines and the progress line share (standard error, or what the command was given
 * instead). A log line first wipes the progress line so the two never end up on one line; the next progress
 * update draws it again below.
 */
public final class ConsoleStream {
    private static final String CLEAR_LINE = "\r\u001b[K";
    private static final Object LOCK = new Object();
    private static volatile PrintStream target;
    private static boolean statusShown;

    private ConsoleStream() {
    }

    /** Sends everything to {@code stream} until {@link #reset()}. */
    public static void redirect(PrintStream stream) {
        synchronized (LOCK) {
            target = stream;
            statusShown = false;
        }
    }

    public static void reset() {
        redirect(null);
    }

    private static PrintStream current() {
        PrintStream t = target;
        return t != null ? t : System.err;
    }

    /** Draws (or redraws) the one-line status at the bottom of the terminal. */
    public static void showStatus(String line) {
        synchronized (LOCK) {
            PrintStream out = current();
            out.print(CLEAR_LINE + line);
            out.flush();
            statusShown = true;
        }
    }

    /** Leaves the status line as it is and moves to a new line. */
    public static void endStatus() {
        synchronized (LOCK) {
            if (statusShown) {
                current().println();
                current().flush();
                statusShown = false;
            }
        }
    }

    /** The stream for the logging backend. */
    static OutputStream forLogs() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                synchronized (LOCK) {
                    PrintStream out = current();
                    if (statusShown) {
                        out.print(CLEAR_LINE);
                        statusShown = false;
                    }
                    out.write(bytes, offset, length);
                }
            }

            @Override
            public void flush() {
                current().flush();
            }
        };
    }
}
