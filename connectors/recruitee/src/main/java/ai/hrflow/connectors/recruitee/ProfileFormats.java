package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.JsonFields;
import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.mapping.Links;
import ai.hrflow.connectors.api.mapping.PersonName;
import ai.hrflow.connectors.api.spi.Format;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Default formats from an HrFlow profile to a Recruitee candidate (contract 6.1–6.3), with the reference's bugs
 * fixed: no {@code [null]} e-mails or phones and no null links (Recruitee refuses or stores them), no crash on a
 * profile without a resume attachment (the CV is simply not sent), a clear format failure for a profile without a
 * name (Recruitee requires one) or whose reference is not a candidate id (update, archive).
 *
 * <p>The name is whitespace-collapsed; a profile with no name takes its e-mail's local part, and one with neither is
 * a format failure. Only http/https/mailto links are sent, from the list form of {@code info.urls} and from its
 * older object form ({@code {"from_resume": url, "linkedin": url}}); {@code from_resume} links go to {@code links},
 * the others to {@code social_links}. Recruitee's candidate body has no skills field: HrFlow skills are not sent.
 */
public final class ProfileFormats {

    /** {@code push_profile}'s default (v1 name). */
    public static final Format FORMAT_PROFILE = Format.named("format_profile", ProfileFormats.class, ProfileFormats::forCreate);

    /** {@code create_profiles_in_recruitee}'s default. */
    public static final Format FORMAT_HRFLOW_PROFILE =
            Format.named("format_hrflow_profile", ProfileFormats.class, ProfileFormats::forCreate);

    /**
     * {@code update_profiles_in_recruitee}'s default: the create fields plus {@code id} (the profile's reference),
     * without {@code sources} and {@code cover_letter}, and without the fields the profile leaves empty: an update
     * replaces what it sends, and a field HrFlow lacks must not wipe what the recruiter has in Recruitee.
     */
    public static final Format FORMAT_HRFLOW_PROFILE_FOR_UPDATE =
            Format.named("format_hrflow_profile_for_update", ProfileFormats.class, ProfileFormats::forUpdate);

    /** {@code archive_profiles_in_recruitee}'s default: {@code {"id": <reference>}}. */
    public static final Format FORMAT_ARCHIVE_IN_RECRUITEE =
            Format.named("format_archive_in_recruitee", ProfileFormats.class, ProfileFormats::forArchive);

    private ProfileFormats() {
    }

    static ObjectNode forCreate(ObjectNode profile) {
        ObjectNode c = contact(profile);
        c.put("cover_letter", "");
        String source = text(profile.path("source").path("name"));
        if (source != null) {
            c.putArray("sources").add(source);
        }
        return c;
    }

    static ObjectNode forUpdate(ObjectNode profile) {
        ObjectNode c = Json.object().put("id", candidateId(profile));
        contact(profile).properties().forEach(e -> {
            if (!(e.getValue().isArray() && e.getValue().isEmpty())) {
                c.set(e.getKey(), e.getValue());
            }
        });
        return c;
    }

    static ObjectNode forArchive(ObjectNode profile) {
        return Json.object().put("id", candidateId(profile));
    }

    /** {@code name}, {@code emails}, {@code phones}, {@code links}, {@code social_links}, {@code remote_cv_url}. */
    private static ObjectNode contact(ObjectNode profile) {
        JsonNode info = profile.path("info");
        ObjectNode c = Json.object().put("name", name(profile, info));
        ArrayNode emails = c.putArray("emails");
        ArrayNode phones = c.putArray("phones");
        add(emails, text(info.path("email")));
        add(phones, text(info.path("phone")));
        ArrayNode links = c.putArray("links");
        ArrayNode social = c.putArray("social_links");
        JsonNode urls = info.path("urls");
        if (urls.isObject()) {
            urls.properties().forEach(e -> addLink(links, social, e.getKey(), e.getValue()));
        } else {
            urls.forEach(url -> addLink(links, social, url.path("type").asText(), url.isTextual() ? url : url.path("url")));
        }
        String cv = resumeUrl(profile.path("attachments"));
        if (cv != null) {
            c.put("remote_cv_url", cv);
        }
        return c;
    }

    private static void addLink(ArrayNode links, ArrayNode social, String type, JsonNode url) {
        String value = Links.safe(text(url));
        if (value != null) {
            ("from_resume".equals(type) ? links : social).add(value);
        }
    }

    private static String name(ObjectNode profile, JsonNode info) {
        return PersonName.of(text(info.path("first_name")), text(info.path("last_name")), text(info.path("full_name")),
                text(info.path("email")), "the HrFlow profile " + text(profile.path("key"))).full();
    }

    /** The {@code public_url} of the first {@code resume} attachment, or null when there is none. */
    private static String resumeUrl(JsonNode attachments) {
        for (JsonNode a : attachments) {
            if ("resume".equals(a.path("type").asText())) {
                String url = text(a.path("public_url"));
                if (url != null) {
                    return url;
                }
            }
        }
        return null;
    }

    /** The profile's {@code reference} as a Recruitee candidate id. */
    private static long candidateId(ObjectNode profile) {
        String reference = text(profile.path("reference"));
        if (reference == null || !reference.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("the profile's reference " + profile.path("reference") + " is not a "
                    + "Recruitee candidate id: only profiles that came from Recruitee can be updated or archived there");
        }
        return Long.parseLong(reference);
    }

    private static void add(ArrayNode list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    /** Trimmed text, or null for a missing, null, non-text or blank value. */
    static String text(JsonNode value) {
        return JsonFields.text(value);
    }
}
