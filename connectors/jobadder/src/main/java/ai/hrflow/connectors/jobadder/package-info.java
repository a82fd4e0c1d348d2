/**
 * The JobAdder connector: {@link ai.hrflow.connectors.jobadder.JobAdderConnector} declares it,
 * {@link ai.hrflow.connectors.jobadder.JobAdderClient} talks to JobAdder's API v2 (OAuth 2.0 authorization-code
 * flow, API base URL from the token response), {@link ai.hrflow.connectors.jobadder.JobAdderFormats} holds the
 * default formats.
 */
package ai.hrflow.connectors.jobadder;
