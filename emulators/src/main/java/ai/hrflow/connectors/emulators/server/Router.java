package ai.hrflow.connectors.emulators.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Routes by HTTP method and path pattern ({@link PathPattern}). Routes are tried in registration order, so
 * register literal paths before patterns that would also match them. Thread-safe: routes may be added while
 * the server runs.
 */
public final class Router {
    private record Route(String method, PathPattern pattern, RequestHandler handler) {
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    public Router route(String method, String pattern, RequestHandler handler) {
        routes.add(new Route(method.toUpperCase(Locale.ROOT), PathPattern.of(pattern), handler));
        return this;
    }

    public Router get(String pattern, RequestHandler handler) {
        return route("GET", pattern, handler);
    }

    public Router post(String pattern, RequestHandler handler) {
        return route("POST", pattern, handler);
    }

    public Router put(String pattern, RequestHandler handler) {
        return route("PUT", pattern, handler);
    }

    public Router patch(String pattern, RequestHandler handler) {
        return route("PATCH", pattern, handler);
    }

    public Router delete(String pattern, RequestHandler handler) {
        return route("DELETE", pattern, handler);
    }

    /**
     * Runs the matching handler.
     *
     * @throws EmulatorError 404 when no route has this path, 405 when routes have it with other methods
     */
    public EmulatorResponse dispatch(EmulatorRequest request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> vars = route.pattern().match(request.path());
            if (vars == null) {
                continue;
            }
            if (route.method().equals(request.method())) {
                return route.handler().handle(request.withPathVariables(vars));
            }
            pathKnown = true;
        }
        if (pathKnown) {
            throw new EmulatorError(405, "Method not allowed: " + request.method() + " " + request.path());
        }
        throw new EmulatorError(404, "Not found: " + request.method() + " " + request.path());
    }
}
