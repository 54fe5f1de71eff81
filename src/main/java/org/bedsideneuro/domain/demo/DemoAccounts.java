package org.bedsideneuro.domain.demo;

import java.util.List;
import org.bedsideneuro.domain.clinician.Role;

/**
 * The demo ward's accounts, one per role, with passwords the demo says on screen. Created only in
 * a database that has no accounts yet, so a real ward's accounts are never joined by ones with published passwords.
 */
public final class DemoAccounts {
    public static final List<Demo> ALL = List.of(
            new Demo("demo-neuro", "demo-neuro-1", "Dr Demo Neurologist (fictional)", Role.NEUROLOGIST, false),
            new Demo("demo-nurse", "demo-nurse-1", "Nurse Demo (fictional)", Role.NURSE, false),
            new Demo("demo-admin", "demo-admin-1", "Demo Administrator (fictional)", Role.OTHER, true));

    private DemoAccounts() {
    }

    /** One demo account: login, password shown on the login screen, the demo clinician it is, administrator or not. */
    public record Demo(String login, String password, String displayName, Role role, boolean administrator) {
    }

    /** "Demo ward: log in as demo-neuro / demo-neuro-1 (neurologist), ...". */
    public static String onScreen() {
        StringBuilder text = new StringBuilder("Demo ward accounts (fictional, for trying the app):");
        for (Demo d : ALL) {
            text.append("\n  ").append(d.login()).append(" / ").append(d.password()).append("  (")
                    .append(d.administrator() ? "administrator" : d.role().code()).append(')');
        }
        return text.toString();
    }
}
