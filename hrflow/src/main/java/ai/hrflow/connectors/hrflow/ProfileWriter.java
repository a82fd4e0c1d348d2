package ai.hrflow.connectors.hrflow;

import ai.hrflow.connectors.api.spi.PerItemWriter;
import ai.hrflow.connectors.api.model.Mode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes profiles into one source with the reference's semantics (contract §6.1), its bugs fixed (§6.4):
 * <ul>
 * <li>create: the source is read once when the writer opens, and a failure there stops the run (the reference
 *     reported every item written). An item whose reference exists is skipped (counted {@code write_skipped}). With
 *     {@code resume.raw} (base64) the file is parsed; when the source parses synchronously the parsed profile
 *     is completed with the item's fields and edited. HrFlow keeps an archived profile's reference, so an
 *     item matching an archived profile is skipped too, not re-created (contract §6.4, point 10).</li>
 * <li>update: the stored profile is fetched by reference (or key), overlaid with the edit set (only the fields
 *     of {@code only_edit_fields} the item has: an absent field is never written as null), {@code resume}
 *     dropped, and PUT with the stored key.</li>
 * <li>archive: by reference; a profile HrFlow does not have is logged and counted written.</li>
 * </ul>
 */
final class ProfileWriter extends ItemWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileWriter.class);

    private final HrFlowClient client;
    private final String sourceKey;
    private final Mode mode;
    private final List<String> onlyEditFields;
    private final boolean syncParsing;

    private ProfileWriter(HrFlowClient client, String sourceKey, Mode mode, List<String> onlyEditFields,
            boolean syncParsing) {
        this.client = client;
        this.sourceKey = sourceKey;
        this.mode = mode;
        this.onlyEditFields = List.copyOf(onlyEditFields);
        this.syncParsing = syncParsing;
    }

    /**
     * Opens a writer; in every mode reads the source first (in create mode its {@code sync_parsing} decides
     * what follows a parse), so a missing or forbidden source is one fatal error here, before any item.
     *
     * @param onlyEditFields update mode: the fields to take from items; empty for the whole item
     */
    static ProfileWriter open(HrFlowClient client, String sourceKey, Mode mode, List<String> onlyEditFields) {
        ObjectNode source = client.source(sourceKey);
        boolean sync = mode == Mode.CREATE && truthy(source.get("sync_parsing"));
        return new ProfileWriter(client, sourceKey, mode, onlyEditFields, sync);
    }

    @Override
    protected String subject(ObjectNode item) {
        return describe("profile", item);
    }

    @Override
    protected String writeOne(ObjectNode item) {
        return switch (mode) {
            case CREATE -> create(item);
            case UPDATE -> update(item);
            case ARCHIVE -> archive(item);
        };
    }

    private String create(ObjectNode item) {
        JsonNode raw = item.path("resume").path("raw");
        if (raw.isTextual() && !raw.asText().isBlank()) {
            return createFromResume(item, raw.asText());
        }
        ObjectNode profile = item.deepCopy();
        profile.remove("resume");
        // One call per item: POST, and HrFlow's "reference already used" answer means the profile exists.
        // Checking with a GET first (the reference) costs a second call and still races with other writers.
        try {
            client.profiles().add(sourceKey, profile);
        } catch (HrFlowDuplicateReferenceException e) {
            alreadyThere(item);
        }
        return null;
    }

    private String createFromResume(ObjectNode item, String base64) {
        byte[] file;
        try {
            file = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            return subject(item) + ": resume.raw is not valid base64 (" + e.getMessage() + ")";
        }
        JsonNode resume = item.path("resume");
        ResumeUpload upload = new ResumeUpload(file, IndexingApi.text(resume, "file_name"),
                IndexingApi.text(resume, "content_type"), IndexingApi.text(item, "reference"), null,
                IndexingApi.text(item, "created_at"), item.get("tags"), item.get("metadatas"));
        ParsedResume parsed;
        try {
            parsed = client.parsing().parseResume(sourceKey, upload);
        } catch (HrFlowDuplicateReferenceException e) {
            alreadyThere(item);
            return null;
        }
        if (!syncParsing) {
            return null;
        }
        if (!parsed.hasProfile()) {
            // The source says synchronous but HrFlow queued it (202): the parsed profile appears later, without
            // the item's fields merged. The reference crashed here (bug 4).
            LOG.warn("Source {} parses synchronously but the resume of {} was queued: its fields are not merged",
                    sourceKey, subject(item));
            return null;
        }
        ObjectNode fields = item.deepCopy();
        fields.remove("resume");
        client.profiles().edit(sourceKey, ProfileHydration.hydrate(parsed.profile(), fields));
        return null;
    }

    /** Reported skipped: the engine counts it and logs one line for the run, not one per item. */
    private void alreadyThere(ObjectNode item) {
        throw new PerItemWriter.Skipped("profile " + IndexingApi.text(item, "reference") + " already exists in source "
                + sourceKey + ": not created");
    }

    private String update(ObjectNode item) {
        ObjectRef ref = refOf(item);
        if (ref == null) {
            return "profile without reference or key: cannot find which profile to update";
        }
        Optional<ObjectNode> stored = client.profiles().get(sourceKey, ref);
        if (stored.isEmpty()) {
            return "profile " + ref.value() + " not found in source " + sourceKey;
        }
        ObjectNode merged = stored.get().deepCopy();
        if (onlyEditFields.isEmpty()) {
            merged.setAll(item.deepCopy());
        } else {
            for (String field : onlyEditFields) {
                // The reference wrote null over the stored value for a listed field the item lacks (bug 2).
                if (item.has(field)) {
                    merged.set(field, item.get(field).deepCopy());
                }
            }
        }
        merged.remove("resume");
        merged.put("key", stored.get().path("key").asText());
        client.profiles().edit(sourceKey, merged);
        return null;
    }

    private String archive(ObjectNode item) {
        String reference = IndexingApi.text(item, "reference");
        if (reference == null) {
            return "profile without reference: HrFlow archives profiles by reference";
        }
        try {
            client.profiles().archive(sourceKey, ObjectRef.reference(reference));
        } catch (HrFlowNotFoundException e) {
            if (e.isContainer()) {
                throw e;
            }
            LOG.info("Profile {} not found in source {}: nothing to archive", reference, sourceKey);
        }
        return null;
    }

    /** {@code sync_parsing} is a boolean per the reference; a third-party summary shows {@code 1} ([?]). */
    static boolean truthy(JsonNode flag) {
        if (flag == null) {
            return false;
        }
        if (flag.isTextual()) {
            return flag.asText().equalsIgnoreCase("true") || flag.asText().equals("1");
        }
        return ProfileHydration.set(flag);
    }
}
