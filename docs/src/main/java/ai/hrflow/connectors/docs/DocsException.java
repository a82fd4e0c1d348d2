package ai.hrflow.connectors.docs;

/**
 * The docs or the manifest cannot be generated as declared: a default format whose source cannot be linked,
 * a README without its actions markers, a secret with a default value. The message names the connector,
 * the action or the file and says what to change; the generator never writes a broken link instead.
 */
public class DocsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocsException(String message) {
        super(message);
    }

    public DocsException(String message, Throwable cause) {
        super(message, cause);
    }
}
