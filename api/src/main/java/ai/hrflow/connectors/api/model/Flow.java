package ai.hrflow.connectors.api.model;

import ai.hrflow.connectors.api.spi.Callback;
import ai.hrflow.connectors.api.spi.Format;
import ai.hrflow.connectors.api.spi.Logic;
import java.util.List;
import java.util.Objects;

/**
 * One direction of data for one entity and mode; each flow becomes an action of its connector.
 *
 * @param overrideName the action name to use instead of the reference's rule; null for the rule
 * @param format the flow's default format; a format given at run time replaces it
 * @param logics the flow's default logics; logics given at run time replace them
 * @param callback the flow's default callback
 */
public record Flow(Mode mode, Entity entity, Direction direction, String overrideName, Format format,
        List<Logic> logics, Callback callback) {

    public Flow {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(direction, "direction");
        logics = logics == null ? List.of() : List.copyOf(logics);
    }

    public static Flow of(Mode mode, Entity entity, Direction direction) {
        return new Flow(mode, entity, direction, null, null, List.of(), null);
    }

    public Flow withFormat(Format defaultFormat) {
        return new Flow(mode, entity, direction, overrideName, defaultFormat, logics, callback);
    }

    public Flow withName(String name) {
        return new Flow(mode, entity, direction, name, format, logics, callback);
    }

    public Flow withLogics(List<Logic> defaultLogics) {
        return new Flow(mode, entity, direction, overrideName, format, defaultLogics, callback);
    }

    public Flow withCallback(Callback defaultCallback) {
        return new Flow(mode, entity, direction, overrideName, format, logics, defaultCallback);
    }

    /** The reference's rule: {@code <mode>_<entity>s_in_<hrflow|subtype>}. */
    public String name(String connectorSubtype) {
        if (overrideName != null) {
            return overrideName;
        }
        String where = direction == Direction.INBOUND ? "hrflow" : connectorSubtype;
        return mode.value() + "_" + entity.value() + "s_in_" + where;
    }

    /** The reference's rule: {@code Send **updated** 'profile(s)' _from_ Zoho Recruit _to_ HrFlow}. */
    public String description(String connectorName) {
        String origin = direction == Direction.INBOUND ? connectorName : "HrFlow";
        String target = direction == Direction.INBOUND ? "HrFlow" : connectorName;
        return "Send **" + mode.pastTense() + "** '" + entity.value() + "(s)' _from_ " + origin + " _to_ " + target;
    }
}
