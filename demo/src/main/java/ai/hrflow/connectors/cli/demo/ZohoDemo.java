package ai.hrflow.connectors.cli.demo;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.runtime.RunResult;
import ai.hrflow.connectors.runtime.config.ConfigSyntax;
import ai.hrflow.connectors.runtime.config.RunConfigLoader;
import ai.hrflow.connectors.emulators.hrflow.HrFlowEmulator;
import ai.hrflow.connectors.emulators.zoho.ZohoData;
import ai.hrflow.connectors.emulators.zoho.ZohoEmulator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Zoho Recruit part of the demo: a scheduled Zoho → HrFlow sync (create, then incremental update, then
 * archive of deleted candidates) and HrFlow → Zoho pushes of profiles that did not come from Zoho.
 */
final class ZohoDemo {
    private static final long DATA_SEED = 20261123L;

    private final EmulatorStack stack;
    private final DemoRunner runner;
    private final int candidates;
    private final int jobs;

    ZohoDemo(EmulatorStack stack, DemoRunner runner, int candidates, int jobs) {
        this.stack = stack;
        this.runner = runner;
        this.candidates = candidates;
        this.jobs = jobs;
    }

    void run() {
        ZohoEmulator zoho = stack.zoho();
        HrFlowEmulator hrflow = stack.hrflow();
        List<String> ids = zoho.candidates().seed(ZohoData.candidates(candidates, DATA_SEED));
        zoho.jobOpenings().seed(ZohoData.jobOpenings(jobs, DATA_SEED));
        runner.note("Zoho Recruit holds " + candidates + " candidates and " + jobs + " job openings");

        runner.run("Zoho Recruit → HrFlow: create profiles", "zohorecruit", "create_profiles_in_hrflow",
                inbound("demo-zoho-create-profiles", Map.of("source_key", stack.sourceKey())).incremental(true)
                        .build());
        runner.expect("HrFlow profiles in the source", candidates, hrflow.profileCount(stack.sourceKey()));

        runner.run("Zoho Recruit → HrFlow: create jobs", "zohorecruit", "create_jobs_in_hrflow",
                inbound("demo-zoho-create-jobs", Map.of("board_key", stack.boardKey())).incremental(true).build());
        runner.expect("HrFlow jobs in the board", jobs, hrflow.jobCount(stack.boardKey()));

        runner.run("Zoho Recruit → HrFlow: update profiles (first run sets position)", "zohorecruit",
                "update_profiles_in_hrflow", updateRequest());

        int edited = Math.max(1, candidates / 12);
        stack.zohoClock().advance(Duration.ofMinutes(5));
        for (int i = 0; i < edited; i++) {
            zoho.candidates().modify(ids.get(i * 7 % ids.size()),
                    Json.object().put("Current_Job_Title", "Senior Data Engineer").put("City", "Lyon"));
        }
        runner.note("a recruiter edited " + edited + " candidates in Zoho Recruit");
        RunResult update = runner.run("Zoho Recruit → HrFlow: update profiles (incremental, JSLT mapping)",
                "zohorecruit", "update_profiles_in_hrflow", configuredUpdateRequest());
        runner.expect("candidates read by the incremental update", edited, update.count(Event.READ_SUCCESS));
        runner.expect("profiles updated in HrFlow", edited, update.count(Event.WRITE_SUCCESS));
        runner.expect("HrFlow profiles tagged by the configuration's mapping", edited,
                hrflow.profiles(stack.sourceKey()).stream().filter(ZohoDemo::taggedByMapping).count());

        int deleted = Math.max(1, candidates / 30);
        stack.zohoClock().advance(Duration.ofMinutes(5));
        for (int i = 0; i < deleted; i++) {
            zoho.candidates().delete(ids.get(ids.size() - 1 - i));
        }
        runner.note("a recruiter deleted " + deleted + " candidates in Zoho Recruit");
        RunResult archive = runner.run("Zoho Recruit → HrFlow: archive profiles (incremental)", "zohorecruit",
                "archive_profiles_in_hrflow", inbound("demo-zoho-archive-profiles",
                        Map.of("source_key", stack.sourceKey())).incremental(true).build());
        runner.expect("profiles archived in HrFlow", deleted, archive.count(Event.WRITE_SUCCESS));
        runner.expect("HrFlow profiles marked archived", deleted, hrflow.profiles(stack.sourceKey()).stream()
                .filter(p -> p.hasNonNull("archived_at")).count());

        pushNewProfiles(zoho, hrflow);
    }

    private ActionRequest updateRequest() {
        return inbound("demo-zoho-update-profiles", Map.of("source_key", stack.sourceKey())).incremental(true)
                .build();
    }

    /**
     * The same update, from a run configuration whose mapping is written in it (no Java): the default format,
     * then a JSLT expression adding a tag, as an integrator would write it in the file.
     */
    private ActionRequest configuredUpdateRequest() {
        String yaml = """
                workflow_id: demo-zoho-update-profiles
                connector_auth: %s
                hrflow_auth: %s
                push_parameters: {source_key: %s}
                incremental: true
                format:
                  base: default
                  jslt: |
                    {"tags": .tags + [{"name": "synced_by", "value": "demo-jslt-mapping"}], *: .}
                """.formatted(Json.MAPPER.valueToTree(stack.zohoAuth()), Json.MAPPER.valueToTree(stack.hrflowAuth()),
                stack.sourceKey());
        return new RunConfigLoader(Map.of()).parse(yaml, ConfigSyntax.YAML,
                runner.action("zohorecruit", "update_profiles_in_hrflow")).request();
    }

    private static boolean taggedByMapping(ObjectNode profile) {
        for (var tag : profile.path("tags")) {
            if (tag.path("value").asText().equals("demo-jslt-mapping")) {
                return true;
            }
        }
        return false;
    }

    private ActionRequest.Builder inbound(String workflowId, Map<String, Object> push) {
        return ActionRequest.builder(workflowId).connectorAuth(stack.zohoAuth()).hrflowAuth(stack.hrflowAuth())
                .pushParameters(push);
    }

    /** Profiles created in HrFlow (e.g. parsed from CVs) pushed one by one, as HrFlow events trigger it. */
    private void pushNewProfiles(ZohoEmulator zoho, HrFlowEmulator hrflow) {
        int before = zoho.candidates().count();
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ObjectNode profile = Json.object().put("reference", "cv-upload-" + i).put("text_language", "en")
                    .put("text", "Data engineer with Kafka and Spark experience");
            profile.putObject("info").put("first_name", "Alex" + i).put("last_name", "Martin")
                    .put("full_name", "Alex" + i + " Martin").put("email", "alex" + i + ".martin@example.com")
                    .put("phone", "+33 6 00 00 00 0" + i);
            profile.putArray("skills").addObject().put("name", "Kafka").put("type", "hard");
            keys.add(hrflow.seedProfile(stack.sourceKey(), profile).get("key").asText());
        }
        runner.note("3 profiles were added in HrFlow from CV uploads");
        for (String key : keys) {
            runner.run("HrFlow → Zoho Recruit: push_profile_list", "zohorecruit", "push_profile_list",
                    ActionRequest.builder("demo-hrflow-to-zoho").originParameters(stack.hrflowProfileOrigin(key))
                            .targetParameters(stack.zohoAuth()).build());
        }
        runner.expect("new candidates in Zoho Recruit", 3, zoho.candidates().count() - before);
    }
}
