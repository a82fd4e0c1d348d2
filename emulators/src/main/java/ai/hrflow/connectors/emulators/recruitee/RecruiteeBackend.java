package ai.hrflow.connectors.emulators.recruitee;

import ai.hrflow.connectors.emulators.server.EmulatorError;
import ai.hrflow.connectors.emulators.server.EmulatorRequest;
import ai.hrflow.connectors.emulators.server.MutableClock;
import ai.hrflow.connectors.emulators.server.RateLimiter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator's state: companies (found by numeric id or subdomain), personal API tokens (each bound to one
 * company and one admin), id sequences, and the access check every route runs first.
 */
final class RecruiteeBackend {
    /** A personal API token: one user (admin) of one company. */
    record Token(String value, long companyId, long adminId, String email, RateLimiter limiter) {
    }

    final RecruiteeSettings settings = new RecruiteeSettings();
    final MutableClock clock;
    final AtomicLong candidateIds = new AtomicLong(40_000_000);
    final AtomicLong offerIds = new AtomicLong(1_100_000);
    final AtomicLong placementIds = new AtomicLong(70_000_000);
    final AtomicLong stageIds = new AtomicLong(500_000);
    final AtomicLong adminIds = new AtomicLong(300_000);
    private final Map<Long, Company> companiesById = new ConcurrentHashMap<>();
    private final Map<String, Company> companiesBySubdomain = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private volatile double tokenRate;

    RecruiteeBackend(MutableClock clock) {
        this.clock = clock;
    }

    synchronized Company addCompany(long id, String subdomain, String name) {
        if (companiesById.containsKey(id) || companiesBySubdomain.containsKey(subdomain)) {
            throw new IllegalArgumentException("company " + id + " or subdomain " + subdomain + " already exists");
        }
        Company c = new Company(id, subdomain, name, adminIds.incrementAndGet());
        companiesById.put(id, c);
        companiesBySubdomain.put(subdomain, c);
        return c;
    }

    Company company(long id) {
        Company c = companiesById.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no company " + id + " in the emulator");
        }
        return c;
    }

    void addToken(String value, long companyId, String email) {
        company(companyId);
        RateLimiter limiter = new RateLimiter();
        limiter.perSecond(tokenRate);
        tokens.put(value, new Token(value, companyId, adminIds.incrementAndGet(), email, limiter));
    }

    /** Caps the requests per second of each token (0 removes the cap); applies to existing and new tokens. */
    void tokenRate(double perSecond) {
        this.tokenRate = perSecond;
        tokens.values().forEach(t -> t.limiter().perSecond(perSecond));
    }

    long tokenRejections() {
        return tokens.values().stream().mapToLong(t -> t.limiter().rejected()).sum();
    }

    /** What a route works with once access is granted. */
    record Access(Company company, Token token) {
    }

    /**
     * The checks of every {@code /c/{company}/...} call, in the order Recruitee's answers suggest: the token
     * (401), the per-token rate cap (429), the company segment (404), then the token's company (403 or 404).
     */
    Access access(EmulatorRequest request) {
        String header = request.header("Authorization");
        if (header == null || !header.startsWith("Bearer ") || header.substring(7).isBlank()) {
            throw new EmulatorError(401, "Unauthorized: send Authorization: Bearer <personal API token>");
        }
        Token token = tokens.get(header.substring(7).trim());
        if (token == null) {
            throw new EmulatorError(401, "Unauthorized: invalid or revoked token");
        }
        long wait = token.limiter().tryAcquire();
        if (wait > 0) {
            throw new EmulatorError(RecruiteeErrors.response(429, "Too many requests for this token")
                    .withHeader("Retry-After", Long.toString(wait)));
        }
        String segment = request.pathVariable("company");
        Company company = resolve(segment);
        if (company == null) {
            throw new EmulatorError(404, "Company not found: " + segment);
        }
        if (company.id != token.companyId()) {
            int status = settings.foreignCompanyStatus();
            throw new EmulatorError(status, status == 403 ? "Forbidden: the token belongs to another company"
                    : "Company not found: " + segment);
        }
        return new Access(company, token);
    }

    private Company resolve(String segment) {
        if (segment != null && segment.matches("\\d{1,18}")) {
            Company byId = companiesById.get(Long.parseLong(segment));
            if (byId != null) {
                return byId;
            }
        }
        return segment == null ? null : companiesBySubdomain.get(segment);
    }
}
