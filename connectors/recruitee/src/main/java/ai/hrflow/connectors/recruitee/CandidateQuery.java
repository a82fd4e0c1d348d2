package ai.hrflow.connectors.recruitee;

import ai.hrflow.connectors.api.http.ApiRequest;
import ai.hrflow.connectors.api.params.Parameters;

/**
 * The filters of {@code GET /candidates} (contract 3.1) for one page. Boolean filters go out as the documented
 * {@code true}, and not at all when unset or false: the API knows no "false", and the reference's Python
 * {@code True}/{@code False} were silently ignored by Recruitee.
 */
public record CandidateQuery(String createdAfter, boolean disqualified, boolean qualified, String ids,
        String offerId, String query, String sort, boolean withMessages, boolean withMyMessages, int limit,
        int offset) {

    /** No filter, first page of {@code limit}. */
    public static CandidateQuery page(int limit, int offset) {
        return new CandidateQuery(null, false, false, null, null, null, null, false, false, limit, offset);
    }

    /** The user's filters from the read criteria ({@code limit}/{@code offset} are the reader's business). */
    static CandidateQuery filters(Parameters p) {
        return new CandidateQuery(p.string("created_after"), p.bool("disqualified", false),
                p.bool("qualified", false), p.string("ids"), p.string("offer_id"), p.string("query"),
                p.string("sort"), p.bool("with_messages", false), p.bool("with_my_messages", false), 0, 0);
    }

    public CandidateQuery withPage(int pageLimit, int pageOffset) {
        return new CandidateQuery(createdAfter, disqualified, qualified, ids, offerId, query, sort, withMessages,
                withMyMessages, pageLimit, pageOffset);
    }

    public CandidateQuery withCreatedAfter(String value) {
        return new CandidateQuery(value, disqualified, qualified, ids, offerId, query, sort, withMessages,
                withMyMessages, limit, offset);
    }

    public CandidateQuery withQuery(String text) {
        return new CandidateQuery(createdAfter, disqualified, qualified, ids, offerId, text, sort, withMessages,
                withMyMessages, limit, offset);
    }

    public CandidateQuery withIds(String commaSeparated) {
        return new CandidateQuery(createdAfter, disqualified, qualified, commaSeparated, offerId, query, sort,
                withMessages, withMyMessages, limit, offset);
    }

    void applyTo(ApiRequest.Builder request) {
        // Always paged: without limit and offset Recruitee returns every candidate in one answer.
        request.query("limit", limit).query("offset", offset);
        request.query("created_after", blankToNull(createdAfter));
        request.query("disqualified", disqualified ? "true" : null);
        request.query("qualified", qualified ? "true" : null);
        request.query("ids", blankToNull(ids));
        request.query("offer_id", blankToNull(offerId));
        request.query("query", blankToNull(query));
        request.query("sort", blankToNull(sort));
        request.query("with_messages", withMessages ? "true" : null);
        request.query("with_my_messages", withMyMessages ? "true" : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
