package ai.hrflow.connectors.hrflow;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a resume upload gave.
 *
 * @param status 201 when parsed synchronously, 202 when queued; 200 when the answer was lost and the profile
 *     was found under its reference afterwards
 * @param profile the parsed profile (synchronous parsing, or found after a lost answer); null when queued
 */
public record ParsedResume(int status, ObjectNode profile) {
    /** True when HrFlow answered with the parsed profile (the source parses synchronously). */
    public boolean hasProfile() {
        return profile != null;
    }
}
