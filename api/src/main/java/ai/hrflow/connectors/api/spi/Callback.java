package ai.hrflow.connectors.api.spi;

/**
 * Called once at the end of a run that reached the write step (not on dry runs or early fatal exits). An
 * exception counts one {@code callback_failure} and never makes the run fatal.
 *
 * <p>Unlike the reference, it does not receive the list of items: runs stream any number of items and never
 * hold them all. The failures file named in the context lists every item that did not make it.
 */
@FunctionalInterface
public interface Callback {
    void onComplete(CallbackContext context) throws Exception;
}
