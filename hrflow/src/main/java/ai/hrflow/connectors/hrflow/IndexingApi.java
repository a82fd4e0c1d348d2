package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.JsonFields;
import ai.hrflow.connectors.api.errors.ApiException;
import ai.hrflow.connectors.api.errors.ServerException;
import ai.hrflow.connectors.api.errors.TransportException;
import ai.hrflow.connectors.api.http.ApiRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexing and list endpoints of one object kind: {@code /profile/indexing}, {@code /profiles/searching},
 * {@code /storing/profiles} (from {@link HrFlowClient#profiles()}) or their job twins ({@link HrFlowClient#jobs()}).
 * A profile is named within its source, a job within its board: that is the {@code containerKey} of each call.
 */
public final class IndexingApi {
    private static final Logger LOG = LoggerFactory.getLogger(IndexingApi.class);
    /** Sends of one create whose earlier answers were lost and whose reference was not found after them. */
    static final int MAX_CREATE_SENDS = 3;

    private final HrFlowClient client;
    private final ObjectKind kind;

    IndexingApi(HrFlowClient client, ObjectKind kind) {
        this.client = client;
        this.kind = kind;
    }

    public ObjectKind kind() {
        return kind;
    }

    /**
     * {@code GET /<kind>/indexing}: the object, archived ones included.
     *
     * @return empty when HrFlow has no such object in the container
     * @throws HrFlowNotFoundException when the container itself does not exist
     */
    public Optional<ObjectNode> get(String containerKey, ObjectRef ref) {
        ApiRequest request = ApiRequest.get(kind.object() + "/indexing").query(kind.containerKey(), containerKey)
                .query(ref.field(), ref.value()).build();
        try {
            return Optional.of(HrFlowClient.data(client.send(request)));
        } catch (HrFlowNotFoundException e) {
            if (e.isContainer()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** {@code GET /<kinds>/searching}: searchable, non-archived objects ({@code data.profiles} / {@code data.jobs}). */
    public HrFlowListPage search(HrFlowListQuery query) {
        ApiRequest.Builder request = ApiRequest.get(kind.plural() + "/searching");
        query.applyTo(request, kind, false);
        ObjectNode envelope = client.send(request.build());
        return page(envelope, HrFlowClient.data(envelope).path(kind.plural()));
    }

    /** {@code GET /storing/<kinds>}: the plain listing, not subject to the searching eligibility rule. */
    public HrFlowListPage stored(HrFlowListQuery query) {
        ApiRequest.Builder request = ApiRequest.get("storing/" + kind.plural());
        query.applyTo(request, kind, true);
        ObjectNode envelope = client.send(request.build());
        return page(envelope, envelope.path("data"));
    }

    private HrFlowListPage page(ObjectNode envelope, JsonNode list) {
        List<ObjectNode> items = new ArrayList<>();
        for (JsonNode item : list) {
            if (item instanceof ObjectNode o) {
                items.add(o);
            }
        }
        JsonNode meta = envelope.path("meta");
        return new HrFlowListPage(items, meta.path("page").asInt(-1), meta.path("maxPage").asInt(-1),
                meta.path("count").asInt(-1), meta.path("total").asInt(-1));
    }

    /**
     * {@code POST /<kind>/indexing}: creates the object and returns it as stored (with its new {@code key}).
     *
     * <p>A create is not idempotent, so the HTTP layer never replays it after a 5xx or a lost answer. This
     * method does better than failing: when the object has a {@code reference} it looks it up, returns it if
     * HrFlow stored it after all, and sends again only if it did not (the reference being unique, even a late
     * first request cannot make a duplicate). Without a reference the outcome cannot be checked and the
     * failure is thrown as is.
     *
     * @throws HrFlowDuplicateReferenceException when the reference is already used
     */
    public ObjectNode add(String containerKey, ObjectNode object) {
        ObjectNode body = object.deepCopy();
        body.remove("key"); // the server makes keys
        body.put(kind.containerKey(), containerKey);
        ApiRequest request = ApiRequest.post(kind.object() + "/indexing").jsonBody(body).build();
        String reference = text(object, "reference");
        return createChecked(containerKey, reference, () -> HrFlowClient.data(client.send(request)));
    }

    /**
     * Runs a create; after an answer-less failure looks {@code reference} up before sending again.
     *
     * @return what the create answered, or the object found under the reference
     */
    ObjectNode createChecked(String containerKey, String reference, java.util.function.Supplier<ObjectNode> create) {
        for (int send = 1; ; send++) {
            ApiException unknownOutcome;
            try {
                return create.get();
            } catch (TransportException e) {
                if (e.isConnectFailure()) {
                    throw e; // nothing was sent
                }
                unknownOutcome = e;
            } catch (ServerException e) {
                unknownOutcome = e;
            }
            if (reference == null) {
                throw unknownOutcome;
            }
            Optional<ObjectNode> stored = get(containerKey, ObjectRef.reference(reference));
            if (stored.isPresent()) {
                LOG.info("Creating {} {} in {} {} got no usable answer, but HrFlow has it: not sent again",
                        kind.object(), reference, kind.container(), containerKey);
                return stored.get();
            }
            if (send >= MAX_CREATE_SENDS) {
                throw unknownOutcome;
            }
            LOG.info("Creating {} {} got no usable answer and HrFlow does not have it: sending it again",
                    kind.object(), reference);
            pause(send);
        }
    }

    private void pause(int send) {
        try {
            client.httpSettings().sleeper().sleep(Duration.ofMillis(250L * send));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating a " + kind.object(), e);
        }
    }

    /**
     * {@code PUT /<kind>/indexing}: replaces the stored object (send every field to keep). The target is the
     * body's {@code key}, else its {@code reference}. Returns the object as stored.
     *
     * @throws HrFlowNotFoundException when there is no such object
     */
    public ObjectNode edit(String containerKey, ObjectNode object) {
        ObjectNode body = object.deepCopy();
        body.put(kind.containerKey(), containerKey);
        return HrFlowClient.data(client.send(ApiRequest.put(kind.object() + "/indexing").jsonBody(body).build()));
    }

    /**
     * {@code PATCH /<kind>/indexing/archive} with {@code is_archive=1}; returns the archived object's key.
     *
     * @throws HrFlowNotFoundException when there is no such object
     */
    public String archive(String containerKey, ObjectRef ref) {
        return setArchived(containerKey, ref, true);
    }

    /** Like {@link #archive} with {@code is_archive=0}. */
    public String unarchive(String containerKey, ObjectRef ref) {
        return setArchived(containerKey, ref, false);
    }

    private String setArchived(String containerKey, ObjectRef ref, boolean archived) {
        ObjectNode body = ai.hrflow.connectors.api.Json.object();
        body.put(kind.containerKey(), containerKey);
        body.put(ref.field(), ref.value());
        body.put("is_archive", archived ? 1 : 0);
        // Setting an absolute state: sending it twice is sending it once, so it may be retried like a PUT.
        ApiRequest request = ApiRequest.patch(kind.object() + "/indexing/archive").jsonBody(body).idempotent(true)
                .build();
        return HrFlowClient.data(client.send(request)).path("key").asText(null);
    }

    static String text(JsonNode object, String field) {
        return JsonFields.text(object, field);
    }
}
