package ai.hrflow.connectors.api.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Turns an item of the origin's shape into the target's shape. A thrown exception counts one
 * {@code format_failure} and the item is recorded in the failures file.
 */
@FunctionalInterface
public interface Format {
    ObjectNode apply(ObjectNode item) throws Exception;

    /** The name the docs show as default format ({@code format_hrflow_profile_to_zoho}); null if anonymous. */
    default String name() {
        return null;
    }

    /**
     * Whether the engine may run this format on several threads at once (items still reach the target in read
     * order). True only for a pure function of its item, sharing nothing mutable; false unless declared, so a
     * user's own format runs on one thread. {@link #named} formats (the connectors' defaults) declare it.
     */
    default boolean concurrent() {
        return false;
    }

    /**
     * The top-level class that declares this format with {@link #named(String, Class, Format)}: the docs link the
     * default format to that declaration in the class's source file. Null if not declared.
     */
    default Class<?> declaredIn() {
        return null;
    }

    /**
     * A format written in JSLT, applied to the item as read: {@code . + {"tags": [...]}} keeps the item and adds
     * a field. Compiled here, once; it must give an object. A failure on one item is that item's
     * {@code format_failure}.
     *
     * @throws JsltSyntaxException when the expression does not compile (with JSLT's line and column)
     */
    static Format jslt(String expression) {
        return JsltFunctions.format(null, expression);
    }

    /**
     * As {@link #jslt(String)}, applied to what {@code base} gives (e.g. the action's default format), so the
     * expression only changes what it needs to.
     */
    static Format jslt(Format base, String expression) {
        return JsltFunctions.format(Objects.requireNonNull(base, "base"), expression);
    }

    static Format identity() {
        return named("identity", null, item -> item);
    }

    /**
     * A format with a name (shown in generated docs) declared in {@code declaredIn} (whose source file the
     * generated docs link to; null for none). A named format must be a
     * pure function of its item: the engine runs it on several threads ({@link #concurrent()}).
     */
    static Format named(String name, Class<?> declaredIn, Format function) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        return new Format() {
            @Override
            public ObjectNode apply(ObjectNode item) throws Exception {
                return function.apply(item);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public Class<?> declaredIn() {
                return declaredIn;
            }

            @Override
            public boolean concurrent() {
                return true;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
