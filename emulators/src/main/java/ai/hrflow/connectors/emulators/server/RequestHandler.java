package ai.hrflow.connectors.emulators.server;

/** Handles one routed request. Throw {@link EmulatorError} to answer with the emulator's error shape. */
@FunctionalInterface
public interface RequestHandler {
    EmulatorResponse handle(EmulatorRequest request);
}
