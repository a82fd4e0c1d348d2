package ai.hrflow.connectors.cli.testing;

import ai.hrflow.connectors.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the in-memory ATS and the fake HrFlow hold; tests reset it before each run. */
public final class MemoryData {
    /** Candidates in the ATS, read by {@code update_profiles_in_hrflow}, in id order. */
    public static final List<ObjectNode> ATS_PROFILES = new CopyOnWriteArrayList<>();
    /** Profiles the fake HrFlow received. */
    public static final List<ObjectNode> HRFLOW_WRITTEN = new CopyOnWriteArrayList<>();
    /** Profiles the fake HrFlow holds, by key, read by the outbound actions. */
    public static final Map<String, ObjectNode> HRFLOW_PROFILES = new ConcurrentHashMap<>();
    /** Candidates the ATS received. */
    public static final List<ObjectNode> ATS_WRITTEN = new CopyOnWriteArrayList<>();
    /** How many times a callback ran. */
    public static final List<String> CALLBACKS = new CopyOnWriteArrayList<>();

    private MemoryData() {
    }

    public static void reset() {
        ATS_PROFILES.clear();
        HRFLOW_WRITTEN.clear();
        HRFLOW_PROFILES.clear();
        ATS_WRITTEN.clear();
        CALLBACKS.clear();
    }

    /** Adds ATS candidates with ids {@code from..to}; ids listed in {@code failing} are refused by HrFlow. */
    public static void atsProfiles(int from, int to, int... failing) {
        for (int id = from; id <= to; id++) {
            ObjectNode profile = Json.object().put("id", id).put("name", "candidate " + id);
            for (int f : failing) {
                if (f == id) {
                    profile.put("fail", true);
                }
            }
            ATS_PROFILES.add(profile);
        }
    }
}
