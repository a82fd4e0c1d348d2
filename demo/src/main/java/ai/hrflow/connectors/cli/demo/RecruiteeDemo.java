package ai.hrflow.connectors.cli.demo;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.model.ActionRequest;
import ai.hrflow.connectors.runtime.Status;
import ai.hrflow.connectors.emulators.server.Fault;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The Recruitee part of the demo: HrFlow profiles pushed as Recruitee candidates assigned to two job offers, one of
 * them while Recruitee loses the answer to the create — which must not produce a duplicate candidate.
 */
final class RecruiteeDemo {
    private final EmulatorStack stack;
    private final DemoRunner runner;

    RecruiteeDemo(EmulatorStack stack, DemoRunner runner) {
        this.stack = stack;
        this.runner = runner;
    }

    void run() {
        String first = profile("Robin", "Moreau", "robin.moreau@example.com");
        String second = profile("Noa", "Keller", "noa.keller@example.com");
        runner.note("two profiles were added in HrFlow for a recruiter using Recruitee");

        runner.run("HrFlow → Recruitee: push_profile with offers", "recruitee", "push_profile", push(first),
                Status.SUCCESS);
        List<ObjectNode> robin = stack.recruitee().candidatesWithEmail(EmulatorStack.RECRUITEE_COMPANY,
                "robin.moreau@example.com");
        runner.expect("Recruitee candidates with that email", 1, robin.size());
        runner.expect("offers the candidate is assigned to", 2, robin.isEmpty() ? 0 : placements(robin.get(0)));

        stack.recruitee().faults().next(1, "POST", "/c/{company}/candidates", Fault.dropAfterProcessing());
        runner.note("Recruitee will create the next candidate but lose its answer");
        runner.run("HrFlow → Recruitee: push_profile, answer lost", "recruitee", "push_profile", push(second),
                Status.SUCCESS);
        runner.expect("Recruitee candidates with that email (no duplicate)", 1, stack.recruitee()
                .candidatesWithEmail(EmulatorStack.RECRUITEE_COMPANY, "noa.keller@example.com").size());
    }

    private static int placements(JsonNode candidate) {
        return candidate.path("placements").size();
    }

    private String profile(String first, String last, String email) {
        ObjectNode profile = Json.object().put("reference", "cv-upload-" + first.toLowerCase(java.util.Locale.ROOT))
                .put("text_language", "en").put("text", "Product designer, Figma, user research");
        profile.putObject("info").put("first_name", first).put("last_name", last).put("full_name", first + " " + last)
                .put("email", email).put("phone", "+49 30 000000");
        return stack.hrflow().seedProfile(stack.sourceKey(), profile).get("key").asText();
    }

    private ActionRequest push(String profileKey) {
        return ActionRequest.builder("demo-hrflow-to-recruitee")
                .originParameters(stack.hrflowProfileOrigin(profileKey))
                .targetParameters(stack.recruiteeTarget()).build();
    }
}
