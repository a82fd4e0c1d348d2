package ai.hrflow.connectors.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.model.Aisle;
import ai.hrflow.connectors.api.model.Entity;
import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.model.Warehouse;
import ai.hrflow.connectors.api.params.ParamType;
import ai.hrflow.connectors.api.params.Parameter;
import ai.hrflow.connectors.api.params.ParameterException;
import ai.hrflow.connectors.api.params.ParameterProblem;
import ai.hrflow.connectors.api.params.ParameterSet;
import ai.hrflow.connectors.api.params.Parameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesWarehouseTest {
    @Test
    void hasAProfileAndAJobAisleReadableIncrementallyAndWritableInEveryMode() {
        Warehouse warehouse = JsonLinesWarehouse.create();

        assertThat(warehouse.name()).isEqualTo("JSON Lines");
        assertThat(warehouse.auth().parameters()).isEmpty();
        assertThat(warehouse.aisles()).extracting(Aisle::entity).containsExactlyInAnyOrder(Entity.PROFILE, Entity.JOB);
        for (Aisle aisle : warehouse.aisles()) {
            for (Mode mode : Mode.values()) {
                assertThat(aisle.read().criteria(mode)).containsSame(JsonLinesWarehouse.READ_PARAMETERS);
                assertThat(aisle.read().supportsIncremental(mode)).as("incremental in %s", mode).isTrue();
                assertThat(aisle.write().criteria(mode)).containsSame(JsonLinesWarehouse.WRITE_PARAMETERS);
            }
            assertThat(aisle.write().batchSize()).isEqualTo(500);
            assertThat(aisle.write().concurrency()).isEqualTo(1);
            assertThat(aisle.dataSchema().get("type").asText()).isEqualTo("object");
        }
        assertThat(warehouse.aisle(Entity.PROFILE).orElseThrow().dataSchema().get("title").asText())
                .isEqualTo("Profile");
        assertThat(warehouse.aisle(Entity.JOB).orElseThrow().dataSchema().get("title").asText()).isEqualTo("Job");
        assertThat(warehouse.aisle(Entity.APPLICATION)).isEmpty();
    }

    @Test
    void declaresThePathAndTheReadAndWriteOptionsWithTheirDefaults() {
        assertDeclared(JsonLinesWarehouse.READ_PARAMETERS, "path", ParamType.STRING, true, null);
        assertDeclared(JsonLinesWarehouse.READ_PARAMETERS, "page_size", ParamType.INTEGER, false, "1000");
        assertDeclared(JsonLinesWarehouse.WRITE_PARAMETERS, "path", ParamType.STRING, true, null);
        assertDeclared(JsonLinesWarehouse.WRITE_PARAMETERS, "overwrite", ParamType.BOOLEAN, false, "false");
        assertThat(JsonLinesWarehouse.READ_PARAMETERS.parameters()).hasSize(2);
        assertThat(JsonLinesWarehouse.WRITE_PARAMETERS.parameters()).hasSize(2);
    }

    private static void assertDeclared(ParameterSet set, String name, ParamType type, boolean required,
            String defaultValue) {
        Parameter p = set.parameter(name).orElseThrow();
        assertThat(p.type()).as(name).isEqualTo(type);
        assertThat(p.isRequired()).as(name).isEqualTo(required);
        assertThat(p.defaultValue() == null ? null : p.defaultValue().asText()).as(name).isEqualTo(defaultValue);
        assertThat(p.description()).as(name).hasSizeGreaterThan(40);
    }

    @Test
    void bindingFillsDefaultsAndNamesAMissingPath() {
        Parameters read = JsonLinesWarehouse.READ_PARAMETERS.bind(Map.of("path", "in.jsonl"));
        Parameters write = JsonLinesWarehouse.WRITE_PARAMETERS.bind(Map.of("path", "out.jsonl"));

        assertThat(read.integer("page_size")).isEqualTo(1000);
        assertThat(write.bool("overwrite")).isFalse();
        assertThatThrownBy(() -> JsonLinesWarehouse.WRITE_PARAMETERS.bind(Map.of("overwrite", true), "push_parameters"))
                .isInstanceOfSatisfying(ParameterException.class, e -> assertThat(e.problems())
                        .extracting(ParameterProblem::toString).singleElement().asString()
                        .contains("push_parameters.path").contains("required"));
    }
}
