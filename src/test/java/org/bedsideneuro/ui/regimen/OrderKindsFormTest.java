package org.bedsideneuro.ui.regimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order form asks each kind of order for what it needs and nothing else (clinical reference section 6). */
class OrderKindsFormTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private final BackgroundRunner runner = new BackgroundRunner();
    private OrderFormViewModel form;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        SyntheticWard ward = new SyntheticWard(db);
        Clinician neurologist = ward.clinician("Dr Example", Role.NEUROLOGIST);
        Patient ann = ward.patient("MRN-1001", "Amberley", "Ann", LocalDate.of(1950, 3, 2), "12", neurologist);
        form = FxTestSupport.onFx(() -> new OrderFormViewModel(WardRecords.of(db), neurologist, CLOCK, runner, ann.id(), null));
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    @Test
    void aSyringeDriverAsksForARateIvOrScAndNoDosesPerDay() {
        FxTestSupport.onFx(() -> {
            form.kindProperty().set(OrderKind.INFUSION);
            assertThat(form.doseLabelProperty().get()).isEqualTo("Rate");
            assertThat(form.dosesPerDayShownProperty().get()).isFalse();
            assertThat(form.routes()).containsExactly(Route.SC, Route.IV);
            assertThat(form.units()).containsExactly(DoseUnit.MG_PER_HOUR, DoseUnit.MCG_PER_HOUR);
            form.drugProperty().set("morphine");
            form.doseProperty().set("1,5"); // a decimal comma is accepted where a number is asked for
            form.indicationProperty().set(Indication.PALLIATIVE);
            // morphine sc, default parenteral factor 3 per mg: 1.5 mg/h x 24 h x 3 = 108
            assertThat(form.mmePreviewProperty().get()).startsWith("This order: 108 MME/day");
            MedicationOrder order = form.validate().orElseThrow();
            assertThat(order.kind()).isEqualTo(OrderKind.INFUSION);
            assertThat(order.unit()).isEqualTo(DoseUnit.MG_PER_HOUR);
            assertThat(order.route()).isEqualTo(Route.SC);
            assertThat(order.dosesPerDay()).isNull();
            assertThat(order.indication()).isEqualTo(Indication.PALLIATIVE);
        });
    }

    @Test
    void aPrnOrderAsksForTheMostDosesADayAndShowsItsCeilingNotAsCounted() {
        FxTestSupport.onFx(() -> {
            form.kindProperty().set(OrderKind.PRN);
            assertThat(form.dosesPerDayLabelProperty().get()).isEqualTo("Most doses a day");
            assertThat(form.routes()).doesNotContain(Route.TRANSDERMAL);
            form.drugProperty().set("oxycodone");
            form.doseProperty().set("5");
            assertThat(form.validate()).isEmpty();
            assertThat(form.dosesPerDayErrorProperty().get()).contains("most doses a day");
            form.dosesPerDayProperty().set("6");
            // 5 mg x 6 x 1.5 = 45, a ceiling only
            assertThat(form.mmePreviewProperty().get()).startsWith("Ceiling 45 MME/day if every dose is given");
            assertThat(form.validate().orElseThrow().kind()).isEqualTo(OrderKind.PRN);
        });
    }

    @Test
    void aPcaAsksForItsBolusAndCountsWhatThePumpDelivers() {
        FxTestSupport.onFx(() -> {
            form.kindProperty().set(OrderKind.PCA);
            assertThat(form.doseLabelProperty().get()).isEqualTo("Bolus dose");
            assertThat(form.routes()).containsExactly(Route.IV, Route.SC);
            form.drugProperty().set("morphine");
            form.doseProperty().set("1");
            assertThat(form.mmePreviewProperty().get()).startsWith("Counts what the pump delivers");
            MedicationOrder pca = form.validate().orElseThrow();
            assertThat(pca.route()).isEqualTo(Route.IV);
            assertThat(pca.dosesPerDay()).isNull();
        });
    }

    @Test
    void clonazepamForAPatientOnMorphineWarnsInTheFormAndCanStillBeSaved() {
        MedicationOrder morphine = new MedicationOrder(OrderId.random(), new PatientId("MRN-1001"),
                "morphine", new BigDecimal("10"), DoseUnit.MG, Route.ORAL, new BigDecimal("4"),
                OffsetDateTime.parse("2026-02-20T08:00:00Z"), null, "");
        FxTestSupport.onFx(() -> {
            form.runningBeside(List.of(morphine));
            form.drugProperty().set("baclofen");
            assertThat(form.safetyWarningProperty().get()).isEmpty();
            form.drugProperty().set("clonazepam");
            assertThat(form.safetyWarningProperty().get()).contains("benzodiazepine", "sedation", "morphine oral 10 mg x 4/day");
            form.doseProperty().set("0.5");
            form.dosesPerDayProperty().set("2");
            assertThat(form.validate()).as("the decision is the clinician's").isPresent();
        });
    }

    private MedicationOrder running(String drug, OrderKind kind, String dose, DoseUnit unit, Route route, String perDay) {
        return new MedicationOrder(OrderId.random(), new PatientId("MRN-1001"),
                drug, new BigDecimal(dose), unit, route, perDay == null ? null : new BigDecimal(perDay),
                OffsetDateTime.parse("2026-02-20T08:00:00Z"), null, "", kind, Indication.PALLIATIVE, null);
    }

    @Test
    void aSyringeDriverRotatesItsDailyAmountIntoANewRate() {
        // morphine sc 1 mg/h = 24 mg x 3 = 72 MME; hydromorphone sc 20/mg: 3.6 mg a day, less 25 %: 2.7 mg, 0.1125 -> 0.11 mg/h
        MedicationOrder driver = running("morphine", OrderKind.INFUSION, "1", DoseUnit.MG_PER_HOUR, Route.SC, null);
        FxTestSupport.onFx(() -> {
            RotationViewModel rotation = new RotationViewModel(driver, new OrderFormViewModel(WardRecords.of(db), neurologist(), CLOCK, runner, driver.patientId(), driver));
            rotation.newOrder().drugProperty().set("hydromorphone");
            assertThat(rotation.newOrder().kindProperty().get()).isEqualTo(OrderKind.INFUSION);
            assertThat(rotation.newOrder().unitProperty().get()).isEqualTo(DoseUnit.MG_PER_HOUR);
            assertThat(rotation.newOrder().doseProperty().get()).isEqualTo("0.11");
        });
    }

    @Test
    void aPrnOrderRotatesDoseForDose() {
        // oxycodone 5 mg = 7.5 MME a dose; morphine oral 7.5 mg, less 25 %: 5.625 -> 5.6 mg each time, the same most a day
        MedicationOrder prn = running("oxycodone", OrderKind.PRN, "5", DoseUnit.MG, Route.ORAL, "6");
        FxTestSupport.onFx(() -> {
            RotationViewModel rotation = new RotationViewModel(prn, new OrderFormViewModel(WardRecords.of(db), neurologist(), CLOCK, runner, prn.patientId(), prn));
            rotation.newOrder().drugProperty().set("morphine");
            assertThat(rotation.proposalProperty().get()).startsWith("Per dose: ");
            assertThat(rotation.newOrder().doseProperty().get()).isEqualTo("5.6");
            assertThat(rotation.newOrder().dosesPerDayProperty().get()).isEqualTo("6");
        });
    }

    private Clinician neurologist() {
        return db.write(s -> s.clinicians().findOrCreate("Dr Example", Role.NEUROLOGIST));
    }

    @Test
    void theRegimenSaysWhatEachKindCounts() {
        var formats = new ClinicalFormats(CLOCK);
        var table = MmeTable.standard();
        OrderRow prn = OrderRow.of(running("oxycodone", OrderKind.PRN, "5", DoseUnit.MG, Route.ORAL, "6"), table, formats, CLOCK.instant());
        assertThat(prn.mme()).startsWith("as given; ceiling 45 MME/day, not counted");
        assertThat(prn.dosesPerDay()).isEqualTo("PRN, at most 6");
        OrderRow driver = OrderRow.of(running("morphine", OrderKind.INFUSION, "1", DoseUnit.MG_PER_HOUR, Route.SC, null), table, formats, CLOCK.instant());
        assertThat(driver.mme()).isEqualTo("72 MME/day (parenteral estimate)");
        assertThat(driver.dosesPerDay()).isEqualTo("infusion");
        OrderRow pca = OrderRow.of(running("morphine", OrderKind.PCA, "1", DoseUnit.MG, Route.IV, null), table, formats, CLOCK.instant());
        assertThat(pca.mme()).startsWith("as delivered");
    }
}
