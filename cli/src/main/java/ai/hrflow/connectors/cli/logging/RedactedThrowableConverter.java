package ai.hrflow.connectors.cli.logging;

import ai.hrflow.connectors.cli.Redactor;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * The exception of a log line, secrets masked: the full stack trace when the command runs verbose, otherwise
 * one line per cause, which is what someone reading the log of an unattended run can act on.
 */
public class RedactedThrowableConverter extends ThrowableProxyConverter {
    private static final RedactedThrowableConverter FULL = new RedactedThrowableConverter();

    static {
        FULL.start();
    }

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return describe(proxy);
    }

    /** The exception as this converter shows it: full when verbose, one line per cause otherwise; redacted. */
    static String describe(IThrowableProxy proxy) {
        if (LogLevels.verbose()) {
            return Redactor.redact(FULL.fullTrace(proxy));
        }
        StringBuilder out = new StringBuilder();
        String prefix = "    ";
        for (IThrowableProxy cause = proxy; cause != null; cause = cause.getCause()) {
            out.append(prefix).append(cause.getClassName());
            if (cause.getMessage() != null) {
                out.append(": ").append(cause.getMessage());
            }
            out.append(CoreConstants.LINE_SEPARATOR);
            prefix = "    caused by ";
        }
        out.append("    (run with --verbose for the stack trace)").append(CoreConstants.LINE_SEPARATOR);
        return Redactor.redact(out.toString());
    }

    private String fullTrace(IThrowableProxy proxy) {
        return super.throwableProxyToString(proxy);
    }
}
