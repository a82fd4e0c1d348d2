package ai.hrflow.connectors.api.model;

/**
 * Which generation of the reference an action follows: it decides the order of logics and format and the rules
 * that turn event counts into a status.
 */
public enum Generation {
    /** Legacy actions ({@code push_profile}, {@code push_profile_list}): format runs before logics. */
    V1,
    /** Flow actions ({@code create_profiles_in_hrflow}, ...): logics run before format. */
    V2
}
