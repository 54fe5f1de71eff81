package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.DailyMme;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.ParenteralPreset;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MmeFactorServiceTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:30:00Z"), ZoneOffset.UTC);
    private Database db;
    private MmeFactorService service;
    private Clinician admin;

    @BeforeEach
    void ward() {
        db = Database.open(dir.resolve("ward.db"), clock);
        service = new MmeFactorService(db);
        admin = db.write(s -> s.accounts().createFirstAdministrator("Ivy Admin", new LoginName("ivy"),
                EnumSet.of(AccountRole.ADMINISTRATOR), "admin-pass-1".toCharArray()).clinician());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Morphine sc 10 mg once a day on 2026-11-20, long before the table was changed. */
    private BigDecimal dailyMmeOfMorphineSc(MmeTable table) {
        MedicationOrder order = new MedicationOrder(OrderId.random(), new PatientId("SYN-1"), "morphine", BigDecimal.TEN, DoseUnit.MG,
                Route.SC, BigDecimal.ONE, OffsetDateTime.parse("2026-11-20T00:00:00Z"), null, "");
        return new DailyMme(table, ZoneOffset.UTC).forDay(List.of(order), LocalDate.of(2026, 11, 20)).mme();
    }

    @Test
    void theTableInForceIsWhatMmeIsComputedWithOnEveryDayPastDaysIncluded() {
        assertThat(dailyMmeOfMorphineSc(service.tableInForce())).isEqualByComparingTo("30");
        service.choose(ParenteralPreset.TREILLET_2018, admin);
        assertThat(dailyMmeOfMorphineSc(service.tableInForce())).isEqualByComparingTo("20");
        MmeTable inRead = db.read(MmeFactorService::tableInForce);
        assertThat(inRead.factor("morphine", Route.SC).orElseThrow().factor()).isEqualByComparingTo("2");
    }

    @Test
    void choosingThePresetInForceWritesNothingButChoosingTheDefaultWhereNobodyChoseIsRecorded() {
        MmeFactorService.Change first = service.choose(ParenteralPreset.DEFAULT, admin);
        assertThat(first.written()).isTrue();
        assertThat(first.factorChanges()).isEmpty();
        assertThat(service.inForce().setBy()).contains(admin);
        MmeFactorService.Change again = service.choose(ParenteralPreset.DEFAULT, admin);
        assertThat(again.written()).isFalse();
        assertThat(service.history()).hasSize(1);
        MmeFactorService.Change nci = service.choose(ParenteralPreset.NCI_PDQ, admin);
        assertThat(nci.written()).isTrue();
        assertThat(nci.factorChanges()).contains("hydromorphone iv: 20 MME per mg -> 15 MME per mg");
        assertThat(service.history()).hasSize(2);
    }

    @Test
    void aNurseIsRefusedEvenWhenTheChoiceWouldChangeNothing() {
        service.choose(ParenteralPreset.NCI_PDQ, admin);
        Clinician nurse = db.write(s -> s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE));
        assertThatThrownBy(() -> service.choose(ParenteralPreset.NCI_PDQ, nurse)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.choose(ParenteralPreset.VANDERBILT, nurse)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.inForce().preset()).contains(ParenteralPreset.NCI_PDQ);
    }
}
