package org.bedsideneuro.ui.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Locks the window after a period without keyboard or mouse input (HIPAA 45 CFR
 * 164.312(a)(2)(iii), automatic logoff; 21 CFR 11.10(d)). Default 5 minutes, settable from 1 to 30. Holds no timer:
 * the window calls {@link #check()} every few seconds and tests call it after moving a fake clock, so no test sleeps.
 */
public final class IdleLock {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    public static final Duration SHORTEST = Duration.ofMinutes(1);
    public static final Duration LONGEST = Duration.ofMinutes(30);

    private final Clock clock;
    private Duration timeout;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked", false);
    private Instant lastActivity;

    public IdleLock(Clock clock, Duration timeout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = checked(timeout);
        this.lastActivity = clock.instant();
    }

    private static Duration checked(Duration timeout) {
        if (timeout.compareTo(SHORTEST) < 0 || timeout.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("Lock after: between 1 and 30 minutes without input");
        }
        return timeout;
    }

    /** A new idle period (the setting was changed): effective at once, counted from the last input. */
    public void setTimeout(Duration newTimeout) {
        timeout = checked(newTimeout);
    }

    public Duration timeout() {
        return timeout;
    }

    /** A key or the mouse was used: the idle period starts again (not while locked). */
    public void noteActivity() {
        if (!locked.get()) {
            lastActivity = clock.instant();
        }
    }

    /** Locks when the idle period has passed; returns whether the window is locked. */
    public boolean check() {
        if (!locked.get() && !clock.instant().isBefore(lastActivity.plus(timeout))) {
            locked.set(true);
        }
        return locked.get();
    }

    /** Locks at once (Ctrl+L, the menu item). */
    public void lock() {
        locked.set(true);
    }

    /** After a successful unlock or login: unlocked, idle period from now. */
    public void unlocked() {
        lastActivity = clock.instant();
        locked.set(false);
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }
}
