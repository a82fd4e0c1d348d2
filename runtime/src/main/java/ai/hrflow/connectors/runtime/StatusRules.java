package ai.hrflow.connectors.runtime;

import ai.hrflow.connectors.api.spi.Event;
import ai.hrflow.connectors.api.spi.EventCounts;

import static ai.hrflow.connectors.api.spi.Event.CALLBACK_FAILURE;
import static ai.hrflow.connectors.api.spi.Event.FORMAT_FAILURE;
import static ai.hrflow.connectors.api.spi.Event.LOGICS_DISCARD;
import static ai.hrflow.connectors.api.spi.Event.LOGICS_FAILURE;
import static ai.hrflow.connectors.api.spi.Event.READ_FAILURE;
import static ai.hrflow.connectors.api.spi.Event.READ_SUCCESS;
import static ai.hrflow.connectors.api.spi.Event.WRITE_FAILURE;

import ai.hrflow.connectors.api.model.Generation;

/**
 * The reference's rules that turn event counts into a status and reason, first match wins.
 *
 * <p>v2 (flow actions), with one deliberate fix: the reference reports {@code fatal/format_failure} when
 * logics discard every item (its rule 4 matches with zero format failures); here rule 4 needs at least one
 * format failure, so an all-discarded run is a {@code success}, as in the reference's v1.
 * v1 (legacy actions) keeps the v1 order (format runs before logics there).
 */
public enum StatusRules {
    V2 {
        @Override
        Outcome evaluate(long r, long rf, long lf, long ld, long ff, long wf, long cf) {
            if (r == 0) {
                return rf == 0 ? Outcome.SUCCESS : Outcome.fatal(Reason.READ_FAILURE);
            }
            if (lf == r) {
                return Outcome.fatal(Reason.LOGICS_FAILURE);
            }
            if (ff > 0 && ff == r - lf - ld) {
                return Outcome.fatal(Reason.FORMAT_FAILURE);
            }
            return tail(r, rf, lf, ld, ff, wf, cf);
        }
    },
    V1 {
        @Override
        Outcome evaluate(long r, long rf, long lf, long ld, long ff, long wf, long cf) {
            if (r == 0) {
                return rf == 0 ? Outcome.SUCCESS : Outcome.fatal(Reason.READ_FAILURE);
            }
            if (ff == r) {
                return Outcome.fatal(Reason.FORMAT_FAILURE);
            }
            if (lf == r - ff) {
                return Outcome.fatal(Reason.LOGICS_FAILURE);
            }
            return tail(r, rf, lf, ld, ff, wf, cf);
        }
    };

    /** The rules of an action generation. */
    public static StatusRules of(Generation generation) {
        return generation == Generation.V1 ? V1 : V2;
    }

    /** A status with its reason ({@link Reason#NONE} unless fatal). */
    public record Outcome(Status status, Reason reason) {
        static final Outcome SUCCESS = new Outcome(Status.SUCCESS, Reason.NONE);
        static final Outcome WITH_FAILURES = new Outcome(Status.SUCCESS_WITH_FAILURES, Reason.NONE);

        static Outcome fatal(Reason reason) {
            return new Outcome(Status.FATAL, reason);
        }
    }

    abstract Outcome evaluate(long r, long rf, long lf, long ld, long ff, long wf, long cf);

    private static Outcome tail(long r, long rf, long lf, long ld, long ff, long wf, long cf) {
        if (wf > 0 && wf == r - ld - lf - ff) {
            return Outcome.fatal(Reason.WRITE_FAILURE);
        }
        if (rf > 0 || ff > 0 || lf > 0 || wf > 0 || cf > 0) {
            return Outcome.WITH_FAILURES;
        }
        return Outcome.SUCCESS;
    }

    public Outcome evaluate(EventCounts events) {
        return evaluate(events.get(READ_SUCCESS), events.get(READ_FAILURE), events.get(LOGICS_FAILURE),
                events.get(LOGICS_DISCARD), events.get(FORMAT_FAILURE), events.get(WRITE_FAILURE),
                events.get(CALLBACK_FAILURE));
    }
}
