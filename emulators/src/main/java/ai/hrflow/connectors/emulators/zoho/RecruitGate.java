package ai.hrflow.connectors.emulators.zoho;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.EmulatorResponse;
import ai.hrflow.connectors.emulators.server.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every Records API call goes through before its handler, in Zoho's order: count the call, authenticate
 * the {@code Zoho-oauthtoken} (401), resolve the module (400 {@code INVALID_MODULE}), check the scope (401
 * {@code OAUTH_SCOPE_MISMATCH}), take a concurrency slot and spend the call's credits (429
 * {@code TOO_MANY_REQUESTS}).
 */
final class RecruitGate {
    /** A Records API handler, given the module's store once the call is admitted. */
    @FunctionalInterface
    interface Call {
        EmulatorResponse handle(EmulatorRequest request, RecordStore store);
    }

    private final ZohoOrg org;
    private final OAuthAccounts accounts;
    private final AtomicInteger inFlight = new AtomicInteger();

    RecruitGate(ZohoOrg org, OAuthAccounts accounts) {
        this.org = org;
        this.accounts = accounts;
    }

    RequestHandler guard(RecruitOperation op, Call call) {
        return req -> {
            String name = req.pathVariable("module");
            Optional<RecruitModule> module = RecruitModule.fromPath(name, org.settings.jobOpeningsAlias());
            int records = module.isPresent() ? records(op, req) : -1;
            module.ifPresent(m -> org.calls.record(m, op, records));
            OAuthAccounts.Access token = authenticate(req);
            RecruitModule m = module.orElseThrow(() -> ZohoErrors.invalidModule(name));
            if (org.settings.enforceScopes() && !allows(token.scopes(), m, op)) {
                throw ZohoErrors.error(401, "OAUTH_SCOPE_MISMATCH", "invalid oauth scope to access this URL");
            }
            int cost = op.cost(Math.max(records, 1), req.query().has("cvid"));
            return admitted(cost, () -> call.handle(req, org.store(m)));
        };
    }

    private OAuthAccounts.Access authenticate(EmulatorRequest req) {
        String header = req.header("Authorization");
        String token = null;
        if (header != null) {
            String[] parts = header.trim().split("\\s+", 2);
            boolean scheme = parts[0].equalsIgnoreCase("Zoho-oauthtoken")
                    || org.settings.acceptBearer() && parts[0].equalsIgnoreCase("Bearer");
            token = parts.length == 2 && scheme ? parts[1].trim() : null;
        }
        OAuthAccounts.Access access = accounts.authenticate(token);
        if (access == null) {
            throw org.settings.authenticationFailureCode()
                    ? ZohoErrors.error(401, "AUTHENTICATION_FAILURE", "Authentication failed")
                    : ZohoErrors.error(401, "INVALID_TOKEN", "invalid oauth token");
        }
        return access;
    }

    private EmulatorResponse admitted(int cost, java.util.function.Supplier<EmulatorResponse> handler) {
        int limit = org.settings.concurrencyLimit();
        int now = inFlight.incrementAndGet();
        try {
            if (limit > 0 && now > limit) {
                throw tooMany("the concurrency limit of " + limit + " simultaneous calls is exceeded", 1);
            }
            sleep(org.settings.processingTime());
            long wait = org.credits.tryCharge(cost);
            if (wait > 0) {
                throw tooMany("the API credit limit of " + org.settings.dailyCredits() + " per day is exceeded", wait);
            }
            return handler.get();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private EmulatorError tooMany(String message, long retryAfterSeconds) {
        EmulatorResponse r = ZohoErrors.response(429, "TOO_MANY_REQUESTS", message, null);
        return new EmulatorError(org.settings.retryAfter() ? r.withHeader("Retry-After", Long.toString(retryAfterSeconds)) : r);
    }

    /**
     * Scopes per contract §2.6, compared ignoring case: {@code ZohoRecruit.modules.ALL}, or
     * {@code ZohoRecruit.modules.<module>.<op>} where {@code ALL} covers everything and {@code WRITE} covers
     * create, update and delete; search also needs {@code ZohoSearch.securesearch.READ} (or {@code .ALL}).
     */
    static boolean allows(Set<String> scopes, RecruitModule module, RecruitOperation op) {
        for (String needed : op.scopeOperations()) {
            if (scopes.stream().noneMatch(s -> grants(s.toLowerCase(Locale.ROOT), module, needed.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return op != RecruitOperation.SEARCH || scopes.stream().map(s -> s.toLowerCase(Locale.ROOT))
                .anyMatch(s -> s.equals("zohosearch.securesearch.read") || s.equals("zohosearch.securesearch.all"));
    }

    private static boolean grants(String scope, RecruitModule module, String needed) {
        if (scope.equals("zohorecruit.modules.all")) {
            return true;
        }
        String prefix = "zohorecruit.modules." + module.scopeName() + ".";
        if (!scope.startsWith(prefix)) {
            return false;
        }
        String granted = scope.substring(prefix.length());
        return granted.equals("all") || granted.equals(needed) || granted.equals("write") && !needed.equals("read");
    }

    /** Records a write carries ({@code data} size, or ids to delete); -1 for reads. Lenient: never throws. */
    private static int records(RecruitOperation op, EmulatorRequest req) {
        if (op == RecruitOperation.DELETE) {
            if (req.pathVariable("id") != null) {
                return 1;
            }
            String ids = req.query().first("ids");
            return ids == null || ids.isBlank() ? 0 : ids.split(",").length;
        }
        if (!op.isWrite()) {
            return -1;
        }
        try {
            JsonNode data = Json.MAPPER.readTree(req.body()).get("data");
            return data != null && data.isArray() ? data.size() : 0;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void sleep(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
