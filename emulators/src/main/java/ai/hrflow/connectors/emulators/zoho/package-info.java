/**
 * Zoho Accounts (OAuth 2.0 Self Client) and Zoho Recruit v2 Records API in process: {@link
 * ai.hrflow.connectors.emulators.zoho.ZohoEmulator} is the entry point, {@link
 * ai.hrflow.connectors.emulators.zoho.ZohoData} generates realistic records. Built on the base in {@code
 * ai.hrflow.connectors.emulators.server}; the contract is {@code api/zoho-recruit.md}.
 */
package ai.hrflow.connectors.emulators.zoho;
