package ai.hrflow.connectors.emulators.zoho;

import java.time.Clock;
import java.util.ArrayDeque;

/**
 * The org's API credits over a rolling 24 hours of the emulator's clock (contract §3.11), so a test can spend
 * a tiny budget, see 429, advance the clock a day and go on. Charges are kept per second, which bounds the
 * window's size to 86,400 entries whatever the request rate.
 */
final class Credits {
    private static final long WINDOW_SECONDS = 86_400;

    private final ZohoSettings settings;
    private final Clock clock;
    /** {@code [epochSecond, credits]}, oldest first. */
    private final ArrayDeque<long[]> charges = new ArrayDeque<>();
    private long used;

    Credits(ZohoSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Spends {@code cost} credits if the window has them.
     *
     * @return 0 when charged, else the seconds until enough credits leave the window (at least 1)
     */
    synchronized long tryCharge(int cost) {
        long now = clock.instant().getEpochSecond();
        expire(now);
        long budget = settings.dailyCredits();
        if (used + cost <= budget) {
            long[] last = charges.peekLast();
            if (last != null && last[0] == now) {
                last[1] += cost;
            } else {
                charges.addLast(new long[] {now, cost});
            }
            used += cost;
            return 0;
        }
        return secondsUntilAvailable(now, cost, budget);
    }

    synchronized long used() {
        expire(clock.instant().getEpochSecond());
        return used;
    }

    synchronized void reset() {
        charges.clear();
        used = 0;
    }

    private long secondsUntilAvailable(long now, int cost, long budget) {
        if (cost > budget) {
            return WINDOW_SECONDS;
        }
        long stillUsed = used;
        for (long[] c : charges) {
            stillUsed -= c[1];
            if (stillUsed + cost <= budget) {
                return Math.max(1, c[0] + WINDOW_SECONDS - now);
            }
        }
        return WINDOW_SECONDS;
    }

    private void expire(long now) {
        while (!charges.isEmpty() && charges.peekFirst()[0] <= now - WINDOW_SECONDS) {
            used -= charges.removeFirst()[1];
        }
    }
}
