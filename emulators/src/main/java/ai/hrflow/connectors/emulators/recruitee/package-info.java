/**
 * An in-process emulator of the Recruitee ATS API ({@link
 * ai.hrflow.connectors.emulators.recruitee.RecruiteeEmulator}) with a deterministic data generator ({@link
 * ai.hrflow.connectors.emulators.recruitee.RecruiteeData}), following the emulator checklist of
 * {@code api/recruitee.md} §8.
 */
package ai.hrflow.connectors.emulators.recruitee;
