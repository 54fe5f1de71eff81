package org.bedsideneuro.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.junit.jupiter.api.Test;

class PermissionsTest {
    private final Clinician nurse = Clinician.create("Nurse Ben Sample", Role.NURSE);
    private final Clinician neurologist = Clinician.create("Dr Ada Testwell", Role.NEUROLOGIST);
    private final Clinician adminOnly = Clinician.create("Ivy IT", Role.OTHER);
    private final Clinician osUser = Clinician.create("os:ward-pc", Role.OTHER);
    private final Clinician other = Clinician.create("Visiting student", Role.OTHER);

    @Test
    void nursesLogObservationsAndReadEverythingButNoMore() {
        assertThat(Permissions.allows(nurse, false, Action.RECORD_OBSERVATION)).isTrue();
        assertThat(Permissions.allows(nurse, false, Action.READ_RECORDS)).isTrue();
        for (Action forbidden : new Action[] {Action.RECORD_EXAM, Action.SIGN_EXAM, Action.MANAGE_MEDICATION, Action.MANAGE_ACCOUNTS, Action.BACKUP_RESTORE}) {
            assertThat(Permissions.allows(nurse, false, forbidden)).as(forbidden.name()).isFalse();
        }
        assertThatThrownBy(() -> Permissions.require(nurse, Action.RECORD_EXAM))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Nurse Ben Sample (nurse) may not record, amend or withdraw a neurological exam: this needs a neurologist.");
    }

    @Test
    void neurologistsAlsoRecordSignAndOrderButDoNotAdminister() {
        for (Action allowed : new Action[] {Action.RECORD_EXAM, Action.SIGN_EXAM, Action.MANAGE_MEDICATION, Action.RECORD_OBSERVATION}) {
            assertThat(Permissions.allows(neurologist, false, allowed)).as(allowed.name()).isTrue();
        }
        assertThat(Permissions.allows(neurologist, false, Action.MANAGE_ACCOUNTS)).isFalse();
        assertThat(Permissions.allows(neurologist, true, Action.MANAGE_ACCOUNTS)).isTrue();
    }

    @Test
    void nursesAndNeurologistsChartTheDosesTheyGiveAndAVisitorDoesNot() {
        assertThat(Permissions.allows(nurse, false, Action.RECORD_ADMINISTRATION)).isTrue();
        assertThat(Permissions.allows(neurologist, false, Action.RECORD_ADMINISTRATION)).isTrue();
        assertThat(Permissions.allows(osUser, false, Action.RECORD_ADMINISTRATION)).isTrue();
        assertThat(Permissions.allows(other, false, Action.RECORD_ADMINISTRATION)).isFalse();
        assertThat(Permissions.allows(adminOnly, true, Action.RECORD_ADMINISTRATION)).isFalse();
        assertThatThrownBy(() -> Permissions.require(other, Action.RECORD_ADMINISTRATION))
                .hasMessage("Visiting student (other) may not record or withdraw a dose given, held or refused: this needs a nurse or a neurologist.");
    }

    @Test
    void anAdministratorWithoutAClinicalRoleManagesAccountsAndBackupsOnly() {
        assertThat(Permissions.allows(adminOnly, true, Action.MANAGE_ACCOUNTS)).isTrue();
        assertThat(Permissions.allows(adminOnly, true, Action.BACKUP_RESTORE)).isTrue();
        assertThat(Permissions.allows(adminOnly, true, Action.RECORD_OBSERVATION)).isFalse();
        assertThat(Permissions.allows(adminOnly, true, Action.MANAGE_MEDICATION)).isFalse();
        assertThatThrownBy(() -> Permissions.require(nurse, Action.MANAGE_ACCOUNTS)).hasMessageContaining("only an administrator");
    }

    @Test
    void onlyAnAdministratorOrTheCommandLineChoosesTheWardsParenteralFactors() {
        assertThat(Permissions.allows(adminOnly, true, Action.SET_MME_FACTORS)).isTrue();
        assertThat(Permissions.allows(neurologist, true, Action.SET_MME_FACTORS)).isTrue();
        assertThat(Permissions.allows(neurologist, false, Action.SET_MME_FACTORS)).as("prescribing is not choosing the table").isFalse();
        assertThat(Permissions.allows(nurse, false, Action.SET_MME_FACTORS)).isFalse();
        assertThat(Permissions.allows(osUser, false, Action.SET_MME_FACTORS)).isTrue();
        assertThatThrownBy(() -> Permissions.require(neurologist, Action.SET_MME_FACTORS))
                .hasMessageContaining("parenteral MME factors").hasMessageContaining("only an administrator");
    }

    @Test
    void theCommandLinesOsUserIsATrustedBatchWriterThatCannotSign() {
        assertThat(Permissions.isBatchWriter(osUser)).isTrue();
        assertThat(Permissions.allows(osUser, false, Action.RECORD_EXAM)).isTrue();
        assertThat(Permissions.allows(osUser, false, Action.MANAGE_ACCOUNTS)).isTrue();
        assertThat(Permissions.allows(osUser, false, Action.SIGN_EXAM)).isFalse();
        assertThat(Permissions.allows(other, false, Action.REGISTER_PATIENT)).isFalse();
        assertThat(Permissions.allows(other, false, Action.READ_RECORDS)).isTrue();
    }

    @Test
    void aDisabledAccountMayDoNothingAndAnAccountCannotPoseAsTheCommandLine() {
        Account disabled = new Account(neurologist, new LoginName("ada"), false, true, false);
        assertThat(Permissions.allows(disabled, Action.READ_RECORDS)).isFalse();
        assertThatThrownBy(() -> Permissions.require(disabled, Action.RECORD_EXAM)).hasMessageContaining("disabled");
        assertThatThrownBy(() -> new Account(osUser, new LoginName("sneaky"), true, false, false)).hasMessageContaining("os:");
    }
}
