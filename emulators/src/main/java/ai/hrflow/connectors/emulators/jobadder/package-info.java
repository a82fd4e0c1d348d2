/**
 * An in-process JobAdder (id host + API v2 host) for tests, the demo and benchmarks: see
 * {@link ai.hrflow.connectors.emulators.jobadder.JobAdderEmulator} and the deterministic data of
 * {@link ai.hrflow.connectors.emulators.jobadder.JobAdderData}.
 */
package ai.hrflow.connectors.emulators.jobadder;
