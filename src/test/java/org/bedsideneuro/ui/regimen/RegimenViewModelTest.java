package org.bedsideneuro.ui.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.ParenteralPreset;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.regimen.TrialOutcome;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegimenViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private final BackgroundRunner runner = new BackgroundRunner();
    private final AtomicInteger saves = new AtomicInteger();
    private Clinician neurologist;
    private Patient ann;
    private RegimenViewModel model;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        SyntheticWard ward = new SyntheticWard(db);
        neurologist = ward.clinician("Dr Example", Role.NEUROLOGIST);
        ann = ward.patient("MRN-1001", "Amberley", "Ann", LocalDate.of(1950, 3, 2), "12", neurologist);
        model = FxTestSupport.onFx(() -> new RegimenViewModel(WardRecords.of(db), neurologist, CLOCK, runner, saves::incrementAndGet));
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    private MedicationOrder order(String drug, String dose, DoseUnit unit, Route route, String perDay, String start, String stop) {
        MedicationOrder o = new MedicationOrder(OrderId.random(), ann.id(), drug, new BigDecimal(dose), unit, route, new BigDecimal(perDay),
                OffsetDateTime.parse(start), stop == null ? null : OffsetDateTime.parse(stop), "");
        db.write(s -> {
            s.medications().add(o, neurologist);
            return null;
        });
        return o;
    }

    private void show() {
        FxTestSupport.onFx(() -> model.show(ann));
        FxTestSupport.awaitQuiet(runner);
    }

    private OrderRow row(String drug) {
        return model.orders().stream().filter(r -> r.drug().equals(drug) && r.running()).findFirst().orElseThrow();
    }

    @Test
    void runningOrdersComeFirstWithTheirMmeAndNotCountedOrdersSayWhy() {
        order("oxycodone", "10", DoseUnit.MG, Route.ORAL, "2", "2026-01-01T08:00:00Z", "2026-02-01T08:00:00Z");
        order("morphine", "10", DoseUnit.MG, Route.ORAL, "6", "2026-02-01T08:00:00Z", null);
        order("buprenorphine", "0.2", DoseUnit.MG, Route.SUBLINGUAL, "3", "2026-02-10T08:00:00Z", null);
        order("clonazepam", "0.5", DoseUnit.MG, Route.ORAL, "2", "2026-02-15T08:00:00Z", null);
        show();

        assertThat(model.orders()).extracting(OrderRow::drug).containsExactly("clonazepam", "buprenorphine", "morphine", "oxycodone");
        assertThat(row("morphine").mme()).isEqualTo("60 MME/day");
        assertThat(row("buprenorphine").mme()).startsWith("not counted: buprenorphine is not counted");
        assertThat(row("clonazepam").mme()).startsWith("not counted:").contains("adjuvant");
        assertThat(model.orders().get(3).stop()).isEqualTo("1 Feb 2026 08:00");
        assertThat(model.currentMmeProperty().get()).isEqualTo("Current daily MME: 60 + opioids not counted");
        assertThat(model.notCountedProperty().get()).startsWith("Not counted: buprenorphine sublingual 0.2 mg x 3/day")
                .doesNotContain("clonazepam");
    }

    @Test
    void addValidatesEachFieldAndSaves() {
        show();
        OrderFormViewModel form = FxTestSupport.onFx(() -> model.newOrderForm());
        FxTestSupport.onFx(() -> {
            form.drugProperty().set("Morphine!");
            form.doseProperty().set("ten");
            form.dosesPerDayProperty().set("100");
            form.startTimeProperty().set("11:30"); // today, but after the clock's 10:00
            assertThat(form.validate()).isEmpty();
        });
        assertThat(form.drugErrorProperty().get()).contains("generic name");
        assertThat(form.doseErrorProperty().get()).contains("dose");
        assertThat(form.dosesPerDayErrorProperty().get()).contains("at most 48");
        assertThat(form.startErrorProperty().get()).contains("future");

        FxTestSupport.onFx(() -> {
            form.drugProperty().set("hydromorphone");
            form.doseProperty().set("2");
            form.dosesPerDayProperty().set("4");
            form.startTimeProperty().set("09:00");
            assertThat(form.mmePreviewProperty().get()).startsWith("This order: 40 MME/day");
            form.routeProperty().set(Route.TRANSDERMAL);
            assertThat(form.unitProperty().get()).isEqualTo(DoseUnit.MCG_PER_HOUR);
            form.routeProperty().set(Route.ORAL);
            form.save(o -> model.saved("Added"));
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(row("hydromorphone").mme()).isEqualTo("40 MME/day");
        assertThat(model.currentMmeProperty().get()).isEqualTo("Current daily MME: 40");
        assertThat(saves).hasValue(1);
    }

    @Test
    void stopDefaultsToNowAndRefusesTheFuture() {
        order("morphine", "10", DoseUnit.MG, Route.ORAL, "6", "2026-02-01T08:00:00Z", null);
        show();
        StopOrderViewModel stop = FxTestSupport.onFx(() -> model.stopForm(row("morphine")));
        assertThat(stop.dateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(stop.timeProperty().get()).isEqualTo("10:00");
        FxTestSupport.onFx(() -> {
            stop.timeProperty().set("10:01");
            assertThat(stop.stop(() -> model.saved("Stopped"))).isFalse();
        });
        assertThat(stop.errorProperty().get()).contains("future");
        FxTestSupport.onFx(() -> {
            stop.timeProperty().set("10:00");
            assertThat(stop.stop(() -> model.saved("Stopped"))).isTrue();
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(model.orders()).singleElement().satisfies(r -> assertThat(r.running()).isFalse());
        assertThat(model.currentMmeProperty().get()).isEqualTo("Current daily MME: 0");
    }

    @Test
    void stoppingAFirstLineAgentAsksHowItsTrialEndedAndThePlanShowsIt() {
        order("gabapentin", "600", DoseUnit.MG, Route.ORAL, "3", "2026-01-18T08:00:00Z", null);
        order("morphine", "10", DoseUnit.MG, Route.ORAL, "6", "2026-02-01T08:00:00Z", null);
        show();
        assertThat(model.firstLinePlanProperty().get()).contains("gabapentinoid: gabapentin, up to 1800 mg/day, 42 days, running");
        assertThat(FxTestSupport.onFx(() -> model.stopForm(row("morphine")).asksOutcome())).as("an opioid is not a first-line trial").isFalse();
        StopOrderViewModel stop = FxTestSupport.onFx(() -> model.stopForm(row("gabapentin")));
        assertThat(stop.asksOutcome()).isTrue();
        FxTestSupport.onFx(() -> assertThat(stop.stop(() -> model.saved("Stopped"))).isFalse());
        assertThat(stop.errorProperty().get()).contains("How did the trial of gabapentin end?");
        FxTestSupport.onFx(() -> {
            stop.outcomeProperty().set(TrialOutcome.INEFFECTIVE);
            assertThat(stop.stop(() -> model.saved("Stopped"))).isTrue();
        });
        FxTestSupport.awaitQuiet(runner);
        List<MedicationOrder> stored = db.read(s -> s.medications().forPatient(ann.id()));
        assertThat(stored).filteredOn(o -> o.drug().equals("gabapentin"))
                .singleElement().satisfies(o -> assertThat(o.outcome()).isEqualTo(TrialOutcome.INEFFECTIVE));
        FxTestSupport.awaitQuiet(runner);
        assertThat(model.firstLinePlanProperty().get()).contains("1 of 2 classes", "gabapentin, up to 1800 mg/day, 42 days, ineffective");
    }

    @Test
    void anOpioidForNeuropathicPainWarnsBeforeSavingUntilTwoFirstLineClassesFailed() {
        MedicationOrder gabapentin = order("gabapentin", "600", DoseUnit.MG, Route.ORAL, "3", "2026-01-01T08:00:00Z", null);
        db.write(s -> {
            s.medications().stop(gabapentin.id(), OffsetDateTime.parse("2026-02-01T08:00:00Z"),
                    TrialOutcome.INEFFECTIVE, neurologist);
            return null;
        });
        show();
        OrderFormViewModel form = FxTestSupport.onFx(() -> model.newOrderForm());
        FxTestSupport.onFx(() -> form.drugProperty().set("tramadol"));
        assertThat(FxTestSupport.onFx(() -> form.safetyWarningProperty().get())).as("indication not yet neuropathic pain").isEmpty();
        FxTestSupport.onFx(() -> form.indicationProperty().set(Indication.NEUROPATHIC_PAIN));
        assertThat(FxTestSupport.onFx(() -> form.safetyWarningProperty().get()))
                .contains("before two first-line classes", "BedsideNeuro's own rule", "Tried and ended ineffective or not tolerated: gabapentinoid.");

        MedicationOrder duloxetine = order("duloxetine", "60", DoseUnit.MG, Route.ORAL, "1", "2026-02-01T08:00:00Z", null);
        db.write(s -> {
            s.medications().stop(duloxetine.id(), OffsetDateTime.parse("2026-02-15T08:00:00Z"),
                    TrialOutcome.NOT_TOLERATED, neurologist);
            return null;
        });
        show();
        OrderFormViewModel again = FxTestSupport.onFx(() -> model.newOrderForm());
        FxTestSupport.onFx(() -> {
            again.drugProperty().set("tramadol");
            again.indicationProperty().set(Indication.NEUROPATHIC_PAIN);
        });
        assertThat(FxTestSupport.onFx(() -> again.safetyWarningProperty().get())).isEmpty();
    }

    @Test
    void aChangeStopsTheOldOrderAndStartsTheNewOneTogether() {
        MedicationOrder old = order("morphine", "10", DoseUnit.MG, Route.ORAL, "6", "2026-02-01T08:00:00Z", null);
        show();
        OrderFormViewModel change = FxTestSupport.onFx(() -> model.changeForm(row("morphine")));
        FxTestSupport.onFx(() -> {
            assertThat(change.doseProperty().get()).isEqualTo("10");
            change.doseProperty().set("15");
            change.save(o -> model.saved("Changed"));
        });
        FxTestSupport.awaitQuiet(runner);
        List<MedicationOrder> stored = db.read(s -> s.medications().forPatient(ann.id()));
        assertThat(stored).hasSize(2);
        MedicationOrder stopped = stored.stream().filter(o -> o.id().equals(old.id())).findFirst().orElseThrow();
        MedicationOrder started = stored.stream().filter(o -> !o.id().equals(old.id())).findFirst().orElseThrow();
        assertThat(stopped.stop()).isEqualTo(started.start());
        assertThat(model.currentMmeProperty().get()).isEqualTo("Current daily MME: 90");
    }

    @Test
    void aChangeThatCannotBeSavedLeavesTheOldOrderRunning() {
        MedicationOrder old = order("morphine", "10", DoseUnit.MG, Route.ORAL, "6", "2026-02-01T08:00:00Z", null);
        show();
        OrderFormViewModel change = FxTestSupport.onFx(() -> model.changeForm(row("morphine")));
        // Someone else stops it meanwhile: the change must fail as a whole, not add a second running order.
        db.write(s -> {
            s.medications().stop(old.id(), OffsetDateTime.parse("2026-02-20T08:00:00Z"), neurologist);
            return null;
        });
        FxTestSupport.onFx(() -> change.save(o -> model.saved("Changed")));
        FxTestSupport.awaitQuiet(runner);
        assertThat(change.formErrorProperty().get()).contains("already stopped");
        List<MedicationOrder> stored = db.read(s -> s.medications().forPatient(ann.id()));
        assertThat(stored).hasSize(1);
    }

    @Test
    void rotationProposesTheReducedEquianalgesicDoseAndSavesInOneStep() {
        order("morphine", "10", DoseUnit.MG, Route.ORAL, "6", "2026-02-01T08:00:00Z", null); // 60 MME/day
        show();
        RotationViewModel rotation = FxTestSupport.onFx(() -> model.rotationForm(row("morphine")));
        FxTestSupport.onFx(() -> {
            rotation.newOrder().drugProperty().set("oxycodone");
            // 60 / 1.5 = 40 mg/day, less 25 % = 30 mg/day, over 6 doses = 5 mg
            assertThat(rotation.proposedProperty().get()).isTrue();
            assertThat(rotation.newOrder().doseProperty().get()).isEqualTo("5");
            assertThat(rotation.proposalProperty().get()).contains("reduced by 25 %");
            rotation.reductionPercentProperty().set(50);
            assertThat(rotation.newOrder().doseProperty().get()).isEqualTo("3.3"); // 20 mg/day over 6, rounded down
            rotation.newOrder().doseProperty().set("3"); // the clinician edits the proposal
            rotation.newOrder().save(o -> model.saved("Rotated"));
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(model.orders()).filteredOn(OrderRow::running).singleElement()
                .satisfies(r -> assertThat(r.drug()).isEqualTo("oxycodone"));
        assertThat(model.currentMmeProperty().get()).isEqualTo("Current daily MME: 27");
    }

    @Test
    void rotationToMethadoneAsksForSpecialistDosingWithoutANumber() {
        order("morphine", "10", DoseUnit.MG, Route.ORAL, "6", "2026-02-01T08:00:00Z", null);
        show();
        RotationViewModel rotation = FxTestSupport.onFx(() -> model.rotationForm(row("morphine")));
        FxTestSupport.onFx(() -> rotation.newOrder().drugProperty().set("methadone"));
        assertThat(rotation.specialistDosingRequiredProperty().get()).isTrue();
        assertThat(rotation.proposedProperty().get()).isFalse();
        assertThat(rotation.proposalProperty().get()).contains("specialist dosing required").doesNotContainPattern("\\d+ mg");
        assertThat(rotation.newOrder().doseProperty().get()).isEmpty();
    }

    @Test
    void rotationToAPatchProposesARateOnceADay() {
        order("morphine", "30", DoseUnit.MG, Route.ORAL, "4", "2026-02-01T08:00:00Z", null); // 120 MME/day
        show();
        RotationViewModel rotation = FxTestSupport.onFx(() -> model.rotationForm(row("morphine")));
        FxTestSupport.onFx(() -> {
            rotation.newOrder().drugProperty().set("fentanyl");
            rotation.newOrder().routeProperty().set(Route.TRANSDERMAL);
        });
        // 120 / 2.4 = 50 mcg/h, less 25 % = 37 mcg/h (rounded down)
        assertThat(rotation.newOrder().unitProperty().get()).isEqualTo(DoseUnit.MCG_PER_HOUR);
        assertThat(rotation.newOrder().doseProperty().get()).isEqualTo("37");
        assertThat(rotation.newOrder().dosesPerDayProperty().get()).isEqualTo("1");
    }

    @Test
    void onlyRunningOpioidsRotateAndTheMmeTableShowsItsSources() {
        order("clonazepam", "0.5", DoseUnit.MG, Route.ORAL, "2", "2026-02-15T08:00:00Z", null);
        show();
        assertThatThrownBy(() -> model.rotationForm(row("clonazepam"))).hasMessageContaining("not an opioid");
        List<MmeTableRow> table = model.mmeTable();
        assertThat(table).anySatisfy(r -> {
            assertThat(r.drug()).isEqualTo("oxycodone");
            assertThat(r.factor()).isEqualTo("1.5");
            assertThat(r.source()).contains("CDC");
        });
        assertThat(table).anySatisfy(r -> {
            assertThat(r.drug()).isEqualTo("morphine");
            assertThat(r.route()).isEqualTo("Intravenous");
            assertThat(r.mark()).isEqualTo("parenteral estimate");
        });
        assertThat(table).anySatisfy(r -> assertThat(r.drug() + r.mark()).isEqualTo("buprenorphinenot counted"));
    }

    @Test
    void theWardsParenteralFactorsCountAndAreNamed() {
        // hydromorphone iv 2 mg x 6 = 12 mg a day: 240 MME with the default 20 per mg, 180 with NCI PDQ's 15
        order("hydromorphone", "2", DoseUnit.MG, Route.IV, "6", "2026-02-27T08:00:00Z", null);
        show();
        assertThat(model.currentMmeProperty().get()).startsWith("Current daily MME: 240");
        assertThat(model.breakdownProperty().get()).isEqualTo("hydromorphone iv 2 mg x 6/day: 240 as ordered; 20 MME per mg (parenteral estimate)");
        assertThat(model.factorsInForceProperty().get()).contains("BedsideNeuro default");
        Clinician it = db.write(s -> s.clinicians().findOrCreate("os:it-team", Role.OTHER));
        db.write(s -> s.parenteralFactors().choose(ParenteralPreset.NCI_PDQ, it));
        FxTestSupport.onFx(() -> model.refresh());
        FxTestSupport.awaitQuiet(runner);
        assertThat(model.currentMmeProperty().get()).startsWith("Current daily MME: 180");
        assertThat(model.factorsInForceProperty().get()).contains("NCI PDQ", "set 2026-03-01 by os:it-team");
    }
}
