package ai.hrflow.connectors.hrflow;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.model.Direction;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.LegacyAction;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.TriggerType;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunEnvironment;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.api.spi.EndpointOverrides;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;
import ai.hrflow.connectors.api.spi.WriteResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The v1 HrFlow.ai Profiles shapes in legacy actions, as push_profile and pull_profile_list use them. */
class HrFlowLegacyTest {
    private final HrFlowTestEnv env = new HrFlowTestEnv();
    private final List<ObjectNode> pushed = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> ats = new ArrayList<>();
    @TempDir
    Path failures;

    @AfterEach
    void close() {
        env.close();
    }

    private RunEnvironment environment() {
        return RunEnvironment.builder().failuresDirectory(failures)
                .endpoints(EndpointOverrides.of(Map.of(HrFlowClientOptions.DEFAULT_BASE_URL, env.emu.baseUrl())))
                .build();
    }

    private Map<String, Object> credentials() {
        Map<String, Object> p = new HashMap<>();
        p.put("api_secret", env.apiKey);
        p.put("api_user", HrFlowTestEnv.EMAIL);
        p.put("source_key", env.source);
        return p;
    }

    @Test
    void pushProfileReadsTheOneProfileNamed() {
        String key = env.seedProfile("wanted", 1).path("key").asText();
        env.seedProfile("other", 2);
        WriteOperation memory = WriteOperation.builder().mode(Mode.CREATE, ParameterSet.of("Push"))
                .writer(request -> items -> {
                    pushed.addAll(items);
                    return WriteResult.ok();
                }).build();
        LegacyAction push = LegacyAction.builder("push_profile").description("Pushs a profile")
                .trigger(TriggerType.CATCH).direction(Direction.OUTBOUND).entity(Entity.PROFILE)
                .origin(HrFlowLegacy.PROFILES, HrFlowLegacy.profilesOrigin(env.options))
                .target("Memory Profiles", memory).build();
        Map<String, Object> origin = credentials();
        origin.put("profile_key", key);

        RunResult result = environment().run(push, ActionRequest.builder("push").originParameters(origin)
                .targetParameters(Map.of()).build());

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(pushed).extracting(p -> p.path("reference").asText()).containsExactly("wanted");
        assertThat(push.supportsIncremental()).isFalse();
    }

    private LegacyAction pull() {
        ReadOperation atsRead = ReadOperation.builder().allModes(ParameterSet.of("Pull"))
                .reader(request -> cursor -> Page.of(ats, null, null)).build();
        return LegacyAction.builder("pull_profile_list").description("Retrieves profiles")
                .trigger(TriggerType.PULL).direction(Direction.INBOUND).entity(Entity.PROFILE)
                .origin("Memory Profiles", atsRead)
                .target(HrFlowLegacy.PROFILES, HrFlowLegacy.profilesTarget(env.options)).build();
    }

    @Test
    void pullProfileListCreatesThenEditsWithTheV2Semantics() {
        ats.add(HrFlowTestEnv.profile("a"));
        ats.add(HrFlowTestEnv.profile("b"));

        RunResult created = environment().run(pull(), ActionRequest.builder("pull").originParameters(Map.of())
                .targetParameters(credentials()).build());
        assertThat(created.count(Event.WRITE_SUCCESS)).isEqualTo(2);
        assertThat(env.emu.profileCount(env.source)).isEqualTo(2);

        ats.clear();
        ObjectNode change = Json.object().put("reference", "a").put("text", "edited");
        change.putArray("tags").addObject().put("name", "synced");
        ats.add(change);
        Map<String, Object> edit = credentials();
        edit.put("edit", true);
        edit.put("only_edit_fields", List.of("tags"));
        RunResult edited = environment().run(pull(), ActionRequest.builder("pull").originParameters(Map.of())
                .targetParameters(edit).build());

        assertThat(edited.status()).isEqualTo(Status.SUCCESS);
        ObjectNode a = env.emu.profile(env.source, "a").orElseThrow();
        assertThat(a.path("tags").get(0).path("name").asText()).isEqualTo("synced");
        assertThat(a.path("text").asText()).isEqualTo("Resume of a");
        assertThat(env.emu.requests().count("GET", "/v1/profile/indexing")).isEqualTo(1);
    }
}
