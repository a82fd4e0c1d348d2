package ai.hrflow.connectors.jsonl;

import ai.hrflow.connectors.docs.DocsAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonLinesDocsTest {
    @Test
    void committedDocsAreUpToDate() {
        DocsAssertions.assertDocsUpToDate(JsonLinesConnector.create(), Path.of(""));
    }
}
