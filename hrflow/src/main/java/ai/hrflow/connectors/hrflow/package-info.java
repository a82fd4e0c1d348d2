/**
 * The HrFlow.ai side of every connector: the API client ({@link ai.hrflow.connectors.hrflow.HrFlowClient}),
 * the v2 warehouse ({@link ai.hrflow.connectors.hrflow.HrFlowWarehouse}, aisles {@code profile} and {@code job})
 * and the v1 shapes the legacy actions need ({@link ai.hrflow.connectors.hrflow.HrFlowLegacy}).
 *
 * <p>The contract is {@code api/hrflow.md}; where it is unsure ([?]) the code says which choice it made and
 * what happens if the real API behaves otherwise. Everything talks to {@code https://api.hrflow.ai/v1} through
 * the run's endpoint overrides, which is how tests and the demo point it at the emulator.
 */
package ai.hrflow.connectors.hrflow;
