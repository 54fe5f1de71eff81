package org.bedsideneuro.screenshots;

import ca.uhn.fhir.context.FhirContext;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.report.PaperSize;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.service.SummaryService;
import org.bedsideneuro.service.TestEhrServer;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.testing.DemoWardDatabase;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.MainWindow;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Theme;
import org.bedsideneuro.ui.ehr.EhrFeature;
import org.bedsideneuro.ui.login.ChangePasswordPane;
import org.bedsideneuro.ui.login.ChangePasswordViewModel;
import org.bedsideneuro.ui.login.LockPane;
import org.bedsideneuro.ui.login.LockViewModel;
import org.bedsideneuro.ui.login.LoginPane;
import org.bedsideneuro.ui.start.DemoBanner;
import org.bedsideneuro.ui.start.WelcomePane;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regenerates screenshots/ from the real UI on the demo ward: `./mvnw -Pscreenshots test`. Headless
 * (Monocle, software rendering), fixed clock, so the pictures change only when the UI does. Not part of
 * `./mvnw verify`: it writes into the working tree.
 */
@Tag("screenshots")
class ScreenshotTour {
    /** A weekday mid-morning on the ward, after the demo ward's stories have played out. */
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 20, 10, 30).atZone(ZoneId.of("Europe/Berlin")).toInstant(),
            ZoneId.of("Europe/Berlin"));
    private static final Path OUT = Path.of(System.getProperty("screenshots.dir", "screenshots"));

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private Stage stage;

    @Test
    void tour() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWardDatabase.create(file, CLOCK);
        // The hospital's EHR, for "Update from the EHR": a real FHIR server on 127.0.0.1 with a synthetic patient.
        Path settings = dir.resolve("settings.properties");
        try (Database db = Database.open(file, CLOCK); TestEhrServer ehr = syntheticEhr()) {
            ComputerSettings.defaults().withEhrUri(ehr.base().toString()).save(settings);
            Clinician neurologist = db.write(s -> s.clinicians().findOrCreate("Dr Demo Neurologist (fictional)", Role.NEUROLOGIST));
            stage = FxToolkit.registerPrimaryStage();
            // What a newcomer meets first on a fresh computer: the welcome screen, then the demo ward's login.
            FxTestSupport.onFx(() -> {
                Scene first = new Scene(new StackPane(new WelcomePane(() -> { }, () -> { })),
                        MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
                Theme.apply(first);
                stage.setScene(first);
                stage.setWidth(MainWindow.DEFAULT_WIDTH);
                stage.setHeight(MainWindow.DEFAULT_HEIGHT);
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            shoot("00-first-run.png");
            FxTestSupport.onFx(() -> {
                window = new MainWindow(db, neurologist, CLOCK);
                window.addTopBanner(new DemoBanner(() -> { })); // the tour is the demo ward, marked as the app marks it
                EhrFeature.install(window, settings);
                stage.setScene(window.createScene());
                stage.setWidth(MainWindow.DEFAULT_WIDTH);
                stage.setHeight(MainWindow.DEFAULT_HEIGHT);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            });
            settle();
            // The flag and review columns read their records after the first frame: wait for that read too.
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            settle();
            shoot("01-ward-list.png");

            robot.clickOn("#wardSearch").write("Example");
            settle();
            robot.type(KeyCode.ENTER);
            settle();
            shoot("02-patient-history.png");

            selectTab("observationsTab");
            shoot("03-observation-timeline.png");

            selectTab("trendTab");
            laptopScreen(true);
            // The crosshair on the day the jerks rose with the dose: its readout beside the lanes.
            FxTestSupport.onFx(() -> window.trendModel().crosshairDayProperty().set(LocalDate.of(2026, 10, 18)));
            settle();
            shoot("07-trend-view.png");
            laptopScreen(false);
            selectTab("regimenTab");
            shoot("08-regimen.png");

            robot.clickOn("#logObservationPatient");
            settle();
            robot.write("7");
            settle();
            shootWindow(topWindow(), "04-nurse-observation.png");
            robot.type(KeyCode.ESCAPE);
            settle();

            // The neuropathy story: a new exam started from the last one, two cells changed, mid-entry.
            robot.clickOn("#patientBack");
            settle();
            robot.doubleClickOn("#wardSearch").eraseText(20).write("DEMO-0002");
            settle();
            robot.type(KeyCode.ENTER);
            settle();
            robot.clickOn("#newExam");
            settle();
            robot.clickOn("#examCopyLast");
            settle();
            robot.doubleClickOn("#cell-strength-ankle_dorsiflexion-L").write("2");
            robot.doubleClickOn("#cell-strength-ankle_eversion-L").write("3");
            settle();
            shoot("05-exam-form-mid-entry.png");

            selectTab("flowsheetTab");
            shoot("06-flowsheet.png");

            // The same patient's nerve conduction studies side by side, then a fourth being typed from the report.
            selectTab("nerveConductionTab");
            shoot("15-nerve-conduction-flowsheet.png");
            robot.clickOn("#recordStudy");
            settle();
            robot.clickOn("#studyLaboratory").write("Neurophysiology lab, demo hospital");
            robot.type(KeyCode.ENTER, KeyCode.ENTER); // the examiner is the neurologist at the keyboard
            robot.write("2.1");
            robot.type(KeyCode.ENTER);
            robot.write("3");
            robot.type(KeyCode.ENTER);
            robot.write("41");
            robot.type(KeyCode.ENTER);
            robot.write("40");
            robot.type(KeyCode.ENTER);
            robot.write("absent");
            robot.type(KeyCode.ENTER);
            robot.write("3");
            settle();
            shootWindow(topWindow(), "16-nerve-conduction-study-form.png");
            robot.type(KeyCode.ESCAPE);
            settle();
            selectTab("trendTab");
            laptopScreen(true);
            shoot("17-nerve-conduction-trend.png");
            laptopScreen(false);

            // The syringe-driver story: the regimen as given, the doses charted, a breakthrough dose being logged.
            robot.clickOn("#patientBack");
            settle();
            robot.doubleClickOn("#wardSearch").eraseText(20).write("DEMO-0005");
            settle();
            robot.type(KeyCode.ENTER);
            settle();
            selectTab("regimenTab");
            shoot("12-syringe-driver-regimen.png");
            selectTab("dosesTab");
            shoot("13-doses-charted.png");
            robot.clickOn("#logPrnPatient");
            settle();
            shootWindow(topWindow(), "14-prn-dose.png");
            robot.type(KeyCode.ESCAPE);
            settle();

            // Is the opioid helping: the neuropathic-pain plan, then an opioid review typed in the exam form.
            robot.clickOn("#patientBack");
            settle();
            robot.doubleClickOn("#wardSearch").eraseText(20).write("DEMO-0011");
            settle();
            robot.type(KeyCode.ENTER);
            settle();
            selectTab("regimenTab");
            shoot("18-neuropathic-pain-plan.png");
            robot.clickOn("#newExam");
            settle();
            FxTestSupport.onFx(() -> {
                Node cell = robot.lookup("#cell-review-decision").query();
                for (Parent p = cell.getParent(); p != null; p = p.getParent()) {
                    if (p instanceof ScrollPane scroll) {
                        // The review's context at the top of the view, the Pain and Review sections below it.
                        Node context = robot.lookup("#examReviewContext").query();
                        double y = scroll.getContent().sceneToLocal(context.localToScene(0, 0)).getY();
                        double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                        scroll.setVvalue(Math.min(1.0, Math.max(0, y / room)));
                        break;
                    }
                }
                ((TextField) robot.lookup("#cell-pain-peg_pain").query()).setText("7");
                ((TextField) robot.lookup("#cell-pain-peg_enjoyment").query()).setText("7");
                ((TextField) robot.lookup("#cell-pain-peg_activity").query()).setText("7");
                ((TextField) robot.lookup("#cell-review-function").query()).setText("same");
                ((TextField) robot.lookup("#cell-review-adverse_effects").query()).setText("constipation");
                ((TextField) cell).setText("reduce");
            });
            settle();
            shoot("19-opioid-review.png");

            // Settings → Dark theme, for a dimmed ward at night: the trend of the myoclonus story, then the ward.
            FxTestSupport.onFx(() -> Theme.use(Theme.Variant.DARK));
            robot.clickOn("#patientBack");
            settle();
            robot.doubleClickOn("#wardSearch").eraseText(20).write("Example");
            settle();
            robot.type(KeyCode.ENTER);
            settle();
            selectTab("trendTab");
            laptopScreen(true);
            shoot("10-dark-trend-view.png");
            laptopScreen(false);
            robot.clickOn("#patientBack");
            settle();
            robot.doubleClickOn("#wardSearch").eraseText(20);
            settle();
            shoot("11-dark-ward-list.png");
            FxTestSupport.onFx(() -> Theme.use(Theme.Variant.LIGHT));

            // Update from the EHR: a patient admitted from the hospital's record, her orders, doses and eGFR previewed.
            db.write(s -> {
                s.patients().add(new Patient(new PatientId("SYN-EHR-1"), "Testperson", "Erin Maud", LocalDate.of(1948, 2, 3), Sex.FEMALE,
                        "Neuro 4B", "12"), neurologist);
                return null;
            });
            FxTestSupport.onFx(() -> window.wardModel().refresh());
            settle();
            robot.doubleClickOn("#wardSearch").eraseText(20).write("SYN-EHR-1");
            settle();
            robot.type(KeyCode.ENTER);
            settle();
            robot.clickOn("#patientUpdateFromEhr");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#ehrPreview").tryQuery().isPresent());
            settle();
            shootWindow(robot.lookup("#ehrPreview").query().getScene().getWindow(), "21-ehr-update-preview.png");
            robot.type(KeyCode.ESCAPE);
            settle();

            pdfPage(db, "09-pdf-summary.png");
            // The lock screen after idling, and the new password an administrator's reset asks for at the next login.
            Account demoNeurologist = new Account(neurologist, new LoginName("demo.neurologist"), false, false, true);
            BackgroundRunner loginRunner = FxTestSupport.onFx(BackgroundRunner::new);
            WardRecords records = WardRecords.of(db);
            showCard(new LockPane(new LockViewModel(demoNeurologist, records.logins(), loginRunner, a -> { }), () -> new LoginPane("")));
            shoot("22-lock-screen.png");
            showCard(new ChangePasswordPane(new ChangePasswordViewModel(demoNeurologist, records.accounts(), loginRunner, a -> { })));
            shoot("23-change-password.png");
            FxTestSupport.onFx(loginRunner::close);
        }
        FxTestSupport.onFx(() -> window.close());
    }

    /** The trend is shot on the commonest hospital laptop screen, 1366x768, where it must fit without scrolling. */
    private void laptopScreen(boolean laptop) {
        FxTestSupport.onFx(() -> {
            stage.setWidth(laptop ? 1366 : MainWindow.DEFAULT_WIDTH);
            stage.setHeight(laptop ? 768 : MainWindow.DEFAULT_HEIGHT);
        });
        settle();
    }

    /** A FHIR server holding the import tests' synthetic EHR record (SYN-EHR-1): orders, doses, eGFR values, an antiemetic. */
    private static TestEhrServer syntheticEhr() throws Exception {
        TestEhrServer server = new TestEhrServer();
        String json = new String(ScreenshotTour.class.getResourceAsStream("/org/bedsideneuro/fhir/ehr-bundle.json").readAllBytes(), StandardCharsets.UTF_8);
        FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json).getEntry().forEach(e -> server.add(e.getResource()));
        return server;
    }

    /** A login card on the screen around it, as the workstation shows it. */
    private void showCard(Parent card) {
        FxTestSupport.onFx(() -> {
            StackPane screen = new StackPane(card);
            screen.getStyleClass().add("login-screen");
            stage.getScene().setRoot(screen);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
    }

    private void selectTab(String id) {
        FxTestSupport.onFx(() -> {
            for (Tab tab : window.patientView().tabs().getTabs()) {
                if (id.equals(tab.getId())) {
                    window.patientView().tabs().getSelectionModel().select(tab);
                }
            }
        });
        settle();
    }

    private void settle() {
        FxTestSupport.awaitQuiet(window.runner());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // let charts finish their layout animation-free pass
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(String name) throws Exception {
        Scene scene = stage.getScene();
        Png.write(FxTestSupport.onFx(() -> scene.snapshot(null)), OUT.resolve(name));
    }

    private void shootWindow(Window w, String name) throws Exception {
        Png.write(FxTestSupport.onFx(() -> w.getScene().snapshot(null)), OUT.resolve(name));
    }

    private Window topWindow() {
        return FxTestSupport.onFx(() -> Window.getWindows().stream().filter(Window::isShowing).filter(w -> w != stage)
                .reduce((a, b) -> b).orElse(stage));
    }

    private static void pdfPage(Database db, String name) throws Exception {
        SummaryService service = new SummaryService(db, CLOCK, "demo");
        var summary = service.summary(DemoWard.OIN_STORY, null, null, "Nurse Demo (fictional) (nurse)").orElseThrow();
        byte[] pdf = service.pdfBytes(summary, PaperSize.A4);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            Png.write(page, OUT.resolve(name));
            // The first trend page: the Trend tab's lanes on paper.
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                if (stripper.getText(doc).contains("Trend overview")) {
                    Png.write(new PDFRenderer(doc).renderImageWithDPI(i - 1, 110), OUT.resolve("20-pdf-trend-overview.png"));
                    break;
                }
            }
        }
    }
}
