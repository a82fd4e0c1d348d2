/**
 * The base every emulator is built on: an in-process HTTP server ({@link
 * ai.hrflow.connectors.emulators.server.EmulatorServer}) with routing, request parsing (JSON, query, form,
 * multipart), fault injection, an optional rate limit, a request log and a movable clock.
 *
 * <p>Recipe for a new emulator (Zoho, JobAdder, Recruitee, ...):
 * <ol>
 * <li>Keep its state in concurrent maps with the indexes its lookups need; stamp times with a
 *     {@link ai.hrflow.connectors.emulators.server.MutableClock}.</li>
 * <li>Start an {@code EmulatorServer} with the API's error shape as {@link
 *     ai.hrflow.connectors.emulators.server.ErrorResponder}, so unknown routes, rate limiting and injected
 *     faults answer like the real API.</li>
 * <li>Register routes on {@code server.router()}; handlers throw {@link
 *     ai.hrflow.connectors.emulators.server.EmulatorError} for error answers.</li>
 * <li>Expose {@code faults()}, {@code requests()}, {@code rateLimit()} and the clock to tests, plus test-facing
 *     seeding and read-back methods.</li>
 * </ol>
 * See {@code ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator} for a complete example.
 */
package ai.hrflow.connectors.emulators.server;
