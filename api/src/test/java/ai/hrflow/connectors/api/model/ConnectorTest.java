package ai.hrflow.connectors.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadOperation;
import ai.hrflow.connectors.api.spi.WriteOperation;
import ai.hrflow.connectors.api.spi.WriteResult;
import ai.hrflow.connectors.api.testing.MemoryWarehouse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorTest {
    private final MemoryWarehouse ats = new MemoryWarehouse();
    private final MemoryWarehouse hub = new MemoryWarehouse();

    private Connector.Builder base() {
        return Connector.builder().name("Zoho Recruit").subtype("zohorecruit").type(ConnectorType.ATS)
                .warehouse(ats.warehouse("Zoho Recruit", 1, 1)).hrflow(hub.warehouse("HrFlow", 1, 1));
    }

    @Test
    void flowNamesAndDescriptionsFollowTheReferenceRules() {
        Connector c = base()
                .flow(Flow.of(Mode.UPDATE, Entity.PROFILE, Direction.INBOUND))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.OUTBOUND))
                .flow(Flow.of(Mode.ARCHIVE, Entity.JOB, Direction.INBOUND))
                .flow(Flow.of(Mode.CREATE, Entity.JOB, Direction.INBOUND).withName("pull_job_list"))
                .build();
        assertThat(c.actions()).extracting(Action::name).containsExactly("update_profiles_in_hrflow",
                "create_profiles_in_zohorecruit", "archive_jobs_in_hrflow", "pull_job_list");
        Action update = c.action("update_profiles_in_hrflow").orElseThrow();
        assertThat(update.description()).isEqualTo("Send **updated** 'profile(s)' _from_ Zoho Recruit _to_ HrFlow");
        assertThat(update.originName()).isEqualTo("Zoho Recruit");
        assertThat(c.action("create_profiles_in_zohorecruit").orElseThrow().description())
                .isEqualTo("Send **created** 'profile(s)' _from_ HrFlow _to_ Zoho Recruit");
    }

    @Test
    void anImpossibleFlowIsRejectedWithItsName() {
        WriteOperation createOnly = WriteOperation.builder().mode(Mode.CREATE, ParameterSet.empty())
                .writer(r -> items -> WriteResult.ok()).build();
        Warehouse limited = new Warehouse("HrFlow", ParameterSet.empty(),
                List.of(new Aisle(Entity.PROFILE, null, createOnly, Json.object())));
        assertThatThrownBy(() -> base().hrflow(limited)
                .flow(Flow.of(Mode.ARCHIVE, Entity.PROFILE, Direction.INBOUND)).build())
                .isInstanceOf(InvalidFlowException.class)
                .hasMessage("Zoho Recruit flow 'archive_profiles_in_hrflow': HrFlow cannot write profiles in mode "
                        + "archive");
        assertThatThrownBy(() -> base().hrflow(limited)
                .flow(Flow.of(Mode.CREATE, Entity.JOB, Direction.INBOUND)).build())
                .hasMessage("Zoho Recruit flow 'create_jobs_in_hrflow': HrFlow has no job aisle");
        assertThatThrownBy(() -> base().hrflow(limited)
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.OUTBOUND)).build())
                .hasMessage("Zoho Recruit flow 'create_profiles_in_zohorecruit': HrFlow cannot read profiles in "
                        + "mode create");
        assertThatThrownBy(() -> base().flow(Flow.of(Mode.CREATE, Entity.APPLICATION, Direction.INBOUND)).build())
                .hasMessage("Zoho Recruit flow 'create_applications_in_hrflow': Zoho Recruit has no application "
                        + "aisle");
        assertThatThrownBy(() -> base().flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND))
                .flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND)).build())
                .hasMessageContaining("two actions are named 'create_profiles_in_hrflow'");
        assertThatThrownBy(() -> base().subtype("Zoho-Recruit").build()).hasMessageContaining("lower-case");
    }

    @Test
    void legacyActionsTakeOriginAndTargetParameters() {
        ReadOperation origin = ReadOperation.builder().mode(Mode.CREATE, MemoryWarehouse.READ)
                .reader(r -> cursor -> Page.empty()).build();
        LegacyAction push = LegacyAction.builder("push_profile_list").description("Pushs Profiles")
                .trigger(TriggerType.CATCH).direction(Direction.OUTBOUND).entity(Entity.PROFILE)
                .origin("HrFlow.ai Profiles", origin).target("Zoho Candidates", hub.writeOperation(1, 1)).build();
        Connector c = base().legacyAction(push).build();
        assertThat(push.connectorName()).isEqualTo("Zoho Recruit");
        List<ParameterProblem> problems = push.validate(ActionRequest.builder("wf")
                .connectorAuth(Map.of("a", 1)).targetParameters(Map.of()).build());
        assertThat(problems).extracting(ParameterProblem::toString).containsExactlyInAnyOrder(
                "connector_auth: not taken by this action; this v1 action takes origin_parameters and "
                        + "target_parameters",
                "target_parameters.target: required");
        assertThat(c.action("push_profile_list")).containsSame(push);
    }

    @Test
    void aMissingWorkflowIdIsReportedBeforeAnythingRuns() {
        Connector c = base().flow(Flow.of(Mode.CREATE, Entity.PROFILE, Direction.INBOUND)).build();
        Action action = c.action("create_profiles_in_hrflow").orElseThrow();
        List<ParameterProblem> problems = action.validate(ActionRequest.builder(" ")
                .connectorAuth(Map.of("api_key", "k")).hrflowAuth(Map.of("api_key", "k"))
                .pushParameters(Map.of("target", "t")).originParameters(Map.of()).batchSize(0).build());
        assertThat(problems).extracting(ParameterProblem::path)
                .containsExactlyInAnyOrder("workflow_id", "origin_parameters", "batch_size");
    }
}
