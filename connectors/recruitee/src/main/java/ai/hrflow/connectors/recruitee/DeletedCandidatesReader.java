package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.ReadItem;
import ai.hrflow.connectors.api.spi.Reader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the candidates to archive in HrFlow: of the ids given, those Recruitee no longer has. Recruitee deletes
 * candidates for good and its list shows only existing ones, so deletions can only be found by asking for known
 * ids ({@code GET /candidates?ids=...}, {@value #CHUNK} at a time). The reference instead yielded every existing
 * candidate, which archived the whole ATS in HrFlow. Items are {@code {"id": <candidate id>}}.
 */
final class DeletedCandidatesReader implements Reader {
    static final int CHUNK = 100;

    private final RecruiteeClient client;
    private final List<Long> ids;

    DeletedCandidatesReader(RecruiteeClient client, List<Long> ids) {
        this.client = client;
        this.ids = List.copyOf(ids);
    }

    /**
     * The ids of {@code 1,2, 3}, in order, without repeats.
     *
     * @throws IllegalArgumentException naming the entry that is not a candidate id
     */
    static List<Long> parseIds(String commaSeparated) {
        Set<Long> out = new LinkedHashSet<>();
        for (String part : commaSeparated.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (!p.matches("\\d{1,18}")) {
                throw new IllegalArgumentException("ids: '" + p + "' is not a Recruitee candidate id (expected "
                        + "numbers separated by commas, e.g. 234221,4211412)");
            }
            out.add(Long.parseLong(p));
        }
        return List.copyOf(out);
    }

    /** The cursor is the index of the first id of the page's chunk. */
    @Override
    public Page read(String cursor) {
        int from = cursor == null ? 0 : Cursors.index(cursor, "Recruitee deleted candidates");
        if (from >= ids.size()) {
            return Page.empty();
        }
        List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        int next = from + chunk.size();
        String joined = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));
        Set<Long> existing = new HashSet<>();
        client.candidates(CandidateQuery.page(CHUNK, 0).withIds(joined)).candidates()
                .forEach(c -> existing.add(c.path("id").asLong()));
        List<ReadItem> gone = new ArrayList<>();
        for (long id : chunk) {
            if (!existing.contains(id)) {
                ObjectNode item = Json.object().put("id", id);
                gone.add(new ReadItem(item, null));
            }
        }
        return next >= ids.size() ? Page.last(gone) : new Page(gone, Integer.toString(next));
    }

    @Override
    public void close() {
        // nothing to release: the JDK HTTP client frees its connections once unreachable
    }
}
