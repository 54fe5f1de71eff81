/**
 * Who is at the keyboard. With accounts in the database, {@link org.bedsideneuro.ui.login.Workstation}
 * shows the login screen, the logged-in person's main window, and the lock screen after
 * {@link org.bedsideneuro.ui.login.IdleLock}'s idle period or Ctrl+L (HIPAA 45 CFR 164.312(a)(2)(iii), automatic
 * logoff): the same person unlocks with their password, anyone else logs in from there. A database without accounts
 * still opens on the older "Who is recording?" screen ({@link org.bedsideneuro.ui.login.WhoIsRecordingView}: name and role,
 * found or created). Either way the rest of the UI only ever receives a
 * {@link org.bedsideneuro.domain.clinician.Clinician}.
 * <p>
 * Each card has its view model, tested without a window: the login ({@code LoginPane}, {@code LoginViewModel}), the
 * lock screen ({@code LockPane}, {@code LockViewModel}), the new password after a reset ({@code ChangePasswordPane},
 * {@code ChangePasswordViewModel}) and the first administrator ({@code FirstAdministratorPane},
 * {@code FirstAdministratorViewModel}); they write through {@code service.AccountService} and
 * {@code service.LoginService}.
 */
package org.bedsideneuro.ui.login;
