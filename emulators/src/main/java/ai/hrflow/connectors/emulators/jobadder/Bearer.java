package ai.hrflow.connectors.emulators.jobadder;

import ai.hrflow.connectors.emulators.server.RequestHandler;

/**
 * The API host's access check: {@code Authorization: Bearer <token>} with a token the id host issued and that
 * has neither expired nor been revoked; anything else is 401.
 */
final class Bearer {
    private final Identity identity;

    Bearer(Identity identity) {
        this.identity = identity;
    }

    RequestHandler secured(RequestHandler handler) {
        return request -> {
            String header = request.header("Authorization");
            String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? header.substring(7).trim() : null;
            if (identity.clientOfAccessToken(token) == null) {
                throw ApiErrors.unauthorized();
            }
            return handler.handle(request);
        };
    }
}
