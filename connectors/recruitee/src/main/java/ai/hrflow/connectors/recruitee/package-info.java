/**
 * The Recruitee connector ({@link ai.hrflow.connectors.recruitee.RecruiteeConnector}): its client of the Recruitee
 * ATS API ({@link ai.hrflow.connectors.recruitee.RecruiteeClient}), its warehouse of candidates and offers
 * ({@link ai.hrflow.connectors.recruitee.RecruiteeWarehouse}), parameter declarations and default formats.
 */
package ai.hrflow.connectors.recruitee;
