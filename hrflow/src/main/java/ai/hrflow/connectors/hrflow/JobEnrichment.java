package ai.hrflow.connectors.hrflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code enrich_with_parsing} of job create (contract §6.2): the job's summary and sections go through HrFlow's
 * text parsing, and the entities found fill the job's skills, languages, tasks, certifications, courses and
 * interests, without duplicates (by name; by name and type for skills).
 */
final class JobEnrichment {
    private static final Pattern TAG = Pattern.compile("<[^<]+?>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0");
    private static final Map<String, String> LIST_OF_LABEL = Map.of("language", "languages", "task", "tasks",
            "certification", "certifications", "course", "courses", "interest", "interests");
    private static final Map<String, String> SKILL_TYPE_OF_LABEL = new java.util.HashMap<>();

    static {
        SKILL_TYPE_OF_LABEL.put("Skill", null);
        SKILL_TYPE_OF_LABEL.put("skill_hard", "hard");
        SKILL_TYPE_OF_LABEL.put("skill_soft", "soft");
    }

    private JobEnrichment() {
    }

    /** Adds the parsed entities to {@code job} in place; does nothing when the job has no text to parse. */
    static void enrich(ParsingApi parsing, ObjectNode job) {
        String text = textOf(job);
        if (text.isEmpty()) {
            return;
        }
        List<ObjectNode> results = parsing.parseText(List.of(text));
        if (results.isEmpty()) {
            return;
        }
        String parsedText = results.get(0).path("text").asText(text);
        for (String list : List.of("skills", "languages", "tasks", "certifications", "courses", "interests")) {
            if (!job.path(list).isArray()) {
                job.putArray(list);
            }
        }
        for (JsonNode entity : results.get(0).path("entities")) {
            String label = entity.path("label").asText();
            String name = slice(parsedText, entity.path("start").asInt(), entity.path("end").asInt());
            if (name.isEmpty()) {
                continue;
            }
            if (LIST_OF_LABEL.containsKey(label)) {
                ArrayNode list = (ArrayNode) job.get(LIST_OF_LABEL.get(label));
                if (!hasName(list, name, false, null)) {
                    list.addObject().put("name", name).putNull("value");
                }
            } else if (SKILL_TYPE_OF_LABEL.containsKey(label)) {
                String type = SKILL_TYPE_OF_LABEL.get(label);
                ArrayNode skills = (ArrayNode) job.get("skills");
                if (!hasName(skills, name, true, type)) {
                    skills.addObject().put("name", name).put("type", type).putNull("value");
                }
            }
        }
    }

    /** Summary, then each section's title and description: tags stripped, entities decoded, trimmed. */
    static String textOf(ObjectNode job) {
        List<String> parts = new ArrayList<>();
        if (ProfileHydration.set(job.get("summary"))) {
            parts.add(job.get("summary").asText());
        }
        for (JsonNode section : job.path("sections")) {
            List<String> content = new ArrayList<>();
            for (String field : List.of("title", "description")) {
                if (ProfileHydration.set(section.get(field))) {
                    content.add(section.get(field).asText());
                }
            }
            if (!content.isEmpty()) {
                parts.add(String.join("\n", content));
            }
        }
        return unescape(TAG.matcher(String.join("\n\n", parts)).replaceAll("")).strip();
    }

    private static boolean hasName(ArrayNode list, String name, boolean checkType, String type) {
        for (JsonNode element : list) {
            boolean sameType = !checkType || (type == null ? element.path("type").isNull()
                    || element.path("type").isMissingNode() : type.equals(element.path("type").asText(null)));
            if (name.equals(element.path("name").asText(null)) && sameType) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code text[start:end]}: code point offsets, clamped. */
    private static String slice(String text, int start, int end) {
        int length = text.codePointCount(0, text.length());
        int from = Math.max(0, Math.min(start, length));
        int to = Math.max(from, Math.min(end, length));
        return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }

    /** The character references job descriptions use; unknown names are left as they are. */
    static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            try {
                if (ref.startsWith("#x") || ref.startsWith("#X")) {
                    replacement = new String(Character.toChars(Integer.parseInt(ref.substring(2), 16)));
                } else if (ref.startsWith("#")) {
                    replacement = new String(Character.toChars(Integer.parseInt(ref.substring(1))));
                } else {
                    replacement = NAMED.getOrDefault(ref, m.group());
                }
            } catch (IllegalArgumentException outOfRange) {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
