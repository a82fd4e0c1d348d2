package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.model.Mode;
import ai.hrflow.connectors.api.testing.CursorContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every Recruitee reader goes on from any page's cursor when opened anew. */
class CursorTest {
    private final RecruiteeTestEnv env = new RecruiteeTestEnv();

    @AfterEach
    void close() {
        env.close();
    }

    @Test
    void candidateSweepsGoOnFromAnyPageCursor() throws Exception {
        for (int i = 0; i < 230; i++) {
            env.seedCandidate("Name " + i, i % 40, i % 3 == 0 ? 60 : 0);
        }
        for (Mode mode : List.of(Mode.CREATE, Mode.UPDATE)) {
            CursorContract.assertReopenable(() -> new CandidateReader(env.client(), mode, CandidateQuery.page(0, 0),
                    null, null, 0, new DetailFetcher("candidate", env.client()::candidate, 4)));
        }
    }

    @Test
    void deletedCandidateChecksGoOnFromAnyPageCursor() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(env.seedCandidate("Kept " + i, i, 0));
        }
        for (long id = 1; id <= 250; id++) {
            ids.add(id); // never existed
        }
        CursorContract.assertReopenable(() -> new DeletedCandidatesReader(env.client(), ids));
    }
}
