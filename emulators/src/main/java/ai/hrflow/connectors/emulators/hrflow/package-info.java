/**
 * The HrFlow.ai API v1 emulator. {@link ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator} is the only entry
 * point tests need; {@link ai.hrflow.connectors.emulators.hrflow.HrFlowSettings} switches the behaviours the
 * contract leaves open. Everything else is package-private: routes per endpoint family, the store (containers
 * with key and reference indexes) and document building.
 */
package ai.hrflow.connectors.emulators.hrflow;
