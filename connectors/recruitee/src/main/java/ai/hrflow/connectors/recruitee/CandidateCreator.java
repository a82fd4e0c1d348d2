package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.ServerException;
import ai.hrflow.connectors.api.errors.TransportException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a candidate without ever creating it twice. Recruitee has no idempotency key and no dedup, and the HTTP
 * layer does not replay a POST whose outcome is unknown (a 5xx, a timeout, a reset connection: the server may
 * have applied it). Here, such an outcome is settled by looking the candidate up: same name (Recruitee's
 * {@code query}), and every e-mail and phone sent. Found: the create is counted done with the id found. Not
 * found: it is sent once more. Still unknown, or a name-only match that cannot tell our candidate from a
 * namesake: the item fails with the reason, and is not sent again.
 */
final class CandidateCreator {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateCreator.class);
    private static final int LOOKUP_LIMIT = 100;
    private static final int MAX_SENDS = 2;

    private final RecruiteeClient client;

    CandidateCreator(RecruiteeClient client) {
        this.client = client;
    }

    /** The created (or found) candidate id, or why the item failed. */
    record Outcome(long id, String failure) {
        static Outcome created(long id) {
            return new Outcome(id, null);
        }

        static Outcome failed(String why) {
            return new Outcome(0, why);
        }

        boolean isFailure() {
            return failure != null;
        }
    }

    /**
     * @throws ConnectorException the API refused the create (validation, unknown offer, rate limit, credentials):
     *     nothing was created
     */
    Outcome create(ObjectNode candidate, List<Long> offers) {
        String lastUnknown = null;
        for (int send = 1; send <= MAX_SENDS; send++) {
            try {
                return Outcome.created(client.postCandidate(candidate, offers).path("id").asLong());
            } catch (ServerException | TransportException unknown) {
                if (unknown instanceof TransportException t && t.isConnectFailure()) {
                    throw t; // nothing reached the server; the HTTP layer already retried
                }
                lastUnknown = unknown.getMessage();
                LOG.warn("The outcome of a candidate create is unknown ({}); looking the candidate up before doing "
                        + "anything else", unknown.getMessage());
                Lookup found;
                try {
                    found = lookUp(candidate);
                } catch (ConnectorException lookupFailed) {
                    return Outcome.failed("the create's outcome is unknown (" + unknown.getMessage() + ") and looking"
                            + " the candidate up failed (" + lookupFailed.getMessage() + "); not sent again to avoid a"
                            + " duplicate: check Recruitee for '" + candidate.path("name").asText() + "' before"
                            + " running again");
                }
                if (found.id() != null) {
                    LOG.info("The candidate was created despite the lost answer (id {}); not sent again", found.id());
                    return Outcome.created(found.id());
                }
                if (!found.namesakes().isEmpty()) {
                    return Outcome.failed("the create's outcome is unknown (" + unknown.getMessage() + "); candidates "
                            + found.namesakes() + " have the same name but the profile has no e-mail or phone to tell"
                            + " them apart, so it was not sent again to avoid a duplicate: check Recruitee");
                }
            }
        }
        return Outcome.failed("the create's outcome stayed unknown after " + MAX_SENDS + " sends and the candidate"
                + " cannot be found (" + lastUnknown + "); not sent again to avoid a duplicate");
    }

    /** What a look-up found: the id of our candidate, or namesakes that cannot be told apart from it. */
    record Lookup(Long id, List<Long> namesakes) {
    }

    Lookup lookUp(ObjectNode candidate) {
        String name = normalize(candidate.path("name").asText());
        Set<String> emails = lowerCase(candidate.path("emails"));
        Set<String> phones = lowerCase(candidate.path("phones"));
        List<ObjectNode> hits = client.candidates(CandidateQuery.page(LOOKUP_LIMIT, 0)
                .withQuery(candidate.path("name").asText())).candidates();
        List<Long> sameName = new ArrayList<>();
        for (ObjectNode hit : hits) {
            if (!normalize(hit.path("name").asText()).equals(name)) {
                continue;
            }
            if (emails.isEmpty() && phones.isEmpty()) {
                sameName.add(hit.path("id").asLong());
            } else if (lowerCase(hit.path("emails")).containsAll(emails)
                    && lowerCase(hit.path("phones")).containsAll(phones)) {
                return new Lookup(hit.path("id").asLong(), List.of()); // newest first: the one just created
            }
        }
        return new Lookup(null, sameName);
    }

    private static String normalize(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Set<String> lowerCase(JsonNode values) {
        Set<String> out = new HashSet<>();
        values.forEach(v -> {
            if (v.isTextual() && !v.asText().isBlank()) {
                out.add(v.asText().trim().toLowerCase(Locale.ROOT));
            }
        });
        return out;
    }
}
