package ai.hrflow.connectors.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.errors.CredentialsException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerItemWriterTest {
    private final List<String> written = new ArrayList<>();

    private final PerItemWriter writer = new PerItemWriter() {
        @Override
        protected String writeOne(ObjectNode item) {
            String what = item.path("do").asText();
            switch (what) {
                case "skip" -> throw new Skipped("already there");
                case "refuse" -> {
                    return "refused by the target";
                }
                case "error" -> throw new ConnectorException("400 bad field");
                case "credentials" -> throw new CredentialsException("the API key was rejected");
                case "missing-container" -> throw new ConnectorException("404 board");
                default -> written.add(item.path("id").asText());
            }
            return null;
        }

        @Override
        protected String subject(ObjectNode item) {
            return "item " + item.path("id").asText();
        }

        @Override
        protected RuntimeException escalate(ObjectNode item, ConnectorException e) {
            return e.getMessage().startsWith("404") ? new IllegalStateException("no such board") : null;
        }
    };

    private static ObjectNode item(int id, String what) {
        return Json.object().put("id", id).put("do", what);
    }

    @Test
    void eachItemIsWrittenSkippedOrFailedWithItsIndexAndOneVocabulary() {
        WriteResult result = writer.write(List.of(item(0, "write"), item(1, "skip"), item(2, "refuse"),
                item(3, "error"), item(4, "write")));

        assertThat(written).containsExactly("0", "4");
        assertThat(result.skipped()).extracting(ItemSkip::index, ItemSkip::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "already there"));
        assertThat(result.failures()).extracting(ItemFailure::index, ItemFailure::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "refused by the target"),
                org.assertj.core.groups.Tuple.tuple(3, "item 3: 400 bad field"));
    }

    @Test
    void fatalAndEscalatedErrorsStopTheBatch() {
        assertThatThrownBy(() -> writer.write(List.of(item(0, "credentials"), item(1, "write"))))
                .isInstanceOf(CredentialsException.class);
        assertThatThrownBy(() -> writer.write(List.of(item(0, "missing-container"))))
                .hasMessage("no such board");
        assertThat(written).isEmpty();
    }
}
