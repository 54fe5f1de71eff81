package org.bedsideneuro.ui;

import java.time.Clock;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Focus;
import org.bedsideneuro.ui.common.Notice;
import org.bedsideneuro.ui.common.Theme;
import org.bedsideneuro.service.AppVersion;
import org.bedsideneuro.ui.audit.AuditTab;
import org.bedsideneuro.ui.export.ExportFeature;
import org.bedsideneuro.ui.observation.ObservationFeature;
import org.bedsideneuro.ui.exam.ExamFeature;
import org.bedsideneuro.ui.patient.PatientView;
import org.bedsideneuro.ui.patient.PatientViewModel;
import org.bedsideneuro.ui.regimen.RegimenView;
import org.bedsideneuro.ui.regimen.RegimenViewModel;
import org.bedsideneuro.ui.trend.FlagBanner;
import org.bedsideneuro.ui.trend.FlagsColumn;
import org.bedsideneuro.ui.trend.ReviewColumn;
import org.bedsideneuro.ui.trend.TrendView;
import org.bedsideneuro.ui.trend.TrendViewModel;
import org.bedsideneuro.ui.trend.WardFlags;
import org.bedsideneuro.ui.ward.WardRow;
import org.bedsideneuro.ui.ward.WardView;
import org.bedsideneuro.ui.ward.WardViewModel;

/**
 * The main window's content: the ward screen and the patient page, one at a time, for one recording clinician.
 * Create on the FX thread; {@link #close()} stops its background thread (the database belongs to the caller).
 */
public final class MainWindow implements org.bedsideneuro.ui.shell.AppWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    private final BackgroundRunner runner = new BackgroundRunner();
    private final WardViewModel wardModel;
    private final PatientViewModel patientModel;
    private final WardView wardView;
    /**
     * The patient page and what plugs into it (exam form, flowsheet, regimen, trend, observations, export, audit),
     * built on its first opening ({@link #patientPage()}): the first frame shows the ward only, and building the page
     * loaded about a thousand classes (charts, date pickers, tabs, the features' views) before it (issue #9).
     */
    private PatientView patientView;
    private ExamFeature examFeature;
    /** What features add to the patient page, run in order when it is built (at once once it exists). */
    private final java.util.List<java.util.function.Consumer<PatientView>> patientPageParts = new java.util.ArrayList<>();
    /** The screen shown (ward or patient page); {@link #root} adds the ward-server banner above it. */
    private final StackPane content = new StackPane();
    /** Across the top of every screen: the demo's mark, the ward server's state. */
    private final javafx.scene.layout.VBox banners = new javafx.scene.layout.VBox();
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(content);
    private final org.bedsideneuro.persistence.LocalDrafts localDrafts;
    private final org.bedsideneuro.ui.server.ServerBannerModel serverBanner;
    private final Database database;
    private final Clinician clinician;
    private final Clock clock;
    private final LiveUpdates liveUpdates;
    private final ChainCheckAtStart chainCheck;
    private RegimenViewModel regimenModel;
    private TrendViewModel trendModel;
    private final WardFlags wardFlags;
    private final org.bedsideneuro.ui.common.AccessRecording accessRecording;
    /** Menus features add (e.g. File for an administrator's backups); shown before the Session menu. */
    private final javafx.collections.ObservableList<javafx.scene.control.Menu> menus = javafx.collections.FXCollections.observableArrayList();

    public MainWindow(Database database, Clinician clinician, Clock clock) {
        this(database, clinician, clock, org.bedsideneuro.persistence.LocalDrafts.none());
    }

    /** {@code localDrafts}: where forms keep their drafts while the ward server cannot be reached. */
    public MainWindow(Database database, Clinician clinician, Clock clock, org.bedsideneuro.persistence.LocalDrafts localDrafts) {
        Objects.requireNonNull(database, "database");
        this.localDrafts = Objects.requireNonNull(localDrafts, "local drafts");
        Objects.requireNonNull(clinician, "clinician");
        Objects.requireNonNull(clock, "clock");
        this.database = database;
        this.clinician = clinician;
        this.clock = clock;
        wardModel = new WardViewModel(database, clinician, clock, runner);
        // Read the ward now, on the background thread, while the FX thread builds the rest of the window: a cold start
        // overlaps the two instead of reading after building (issue #9). The outcome is handed over by the FX thread
        // after this constructor, when every column below is in place.
        wardModel.refresh();
        patientModel = new PatientViewModel(database, clock, runner);
        wardView = new WardView(wardModel, this::openPatient);
        wardFlags = new WardFlags(database, clock, runner);
        wardView.wardTable().getColumns().add(FlagsColumn.create(wardFlags, (WardRow row) -> row.patient().id()));
        // The flags column follows the ward's own read (issue #9): one read per refresh serves list, statuses and flags.
        // Its records are read after the next frame: at a cold start the first frame comes before a minute of courses.
        wardModel.snapshotProperty().addListener((obs, old, now) -> {
            if (now != null) {
                afterNextPulse(() -> wardFlags.update(now));
            }
        });
        root.getStyleClass().add("main-window");
        content.getChildren().setAll(wardView);
        serverBanner = new org.bedsideneuro.ui.server.ServerBannerModel(clock, database.onServer());
        banners.getChildren().add(new org.bedsideneuro.ui.server.ServerBanner(serverBanner, this::saveKeptExam));
        root.setTop(banners);
        ObservationFeature.install(this); // issue #4: plugs in through the ward and patient seams above
        org.bedsideneuro.ui.ncs.NerveConductionFeature.install(this); // nerve conduction studies: a tab of the patient page
        ExportFeature.install(this, AppVersion.get()); // issues #6 and #13: summary, print, CSV and FHIR
        AuditTab.install(this); // issue #7: the patient's audit trail
        org.bedsideneuro.ui.administration.AdministrationFeature.install(this);
        // Last, after the nurse's columns: the OIN warnings come before a review date on a narrow screen.
        wardView.wardTable().getColumns().add(ReviewColumn.create(wardFlags, (WardRow row) -> row.patient().id()));
        accessRecording = new org.bedsideneuro.ui.common.AccessRecording(runner, this::warnNotice);
        liveUpdates = new LiveUpdates(database, this::reloadWhatIsShown, this::serverReachable);
        chainCheck = new ChainCheckAtStart(database, ChainCheckAtStart.AFTER_START, this::warn); // issue #11 point 6
    }

    /**
     * The patient page, built on first use: its own parts first (exam form and flowsheet, regimen, trend and its flag
     * banner), then what features added through {@link #onPatientPage}, in the order they asked, as when everything
     * was built with the window.
     */
    private PatientView patientPage() {
        if (patientView != null) {
            return patientView;
        }
        PatientView page = new PatientView(patientModel, this::showWard);
        // Issue #3: exam form and flowsheet plug into the patient page's action bar and tabs.
        examFeature = new ExamFeature(database, localDrafts, clinician, clock, runner, page, patientModel);
        regimenModel = new RegimenViewModel(database, clinician, clock, runner, this::regimenChanged);
        Tab regimenTab = new Tab("Regimen", new RegimenView(regimenModel));
        regimenTab.setId("regimenTab");
        page.addTab(regimenTab);
        trendModel = new TrendViewModel(database, clock, runner);
        trendModel.setExamOpener(this::openExam);
        TrendView trendView = new TrendView(trendModel);
        Tab trendTab = new Tab("Trend", trendView);
        trendTab.setId("trendTab");
        page.addTab(trendTab);
        trendView.drawOnlyWhile(trendTab.selectedProperty());
        page.addBanner(new FlagBanner(trendModel));
        serverBanner.keptUnsavedProperty().bind(examFeature.form().keptUnsavedProperty());
        patientView = page;
        for (java.util.function.Consumer<PatientView> part : patientPageParts) {
            part.accept(page);
        }
        return page;
    }

    /**
     * For features: {@code part} adds to the patient page (actions, tabs, banners) when the page is built, or at once
     * when it already is. FX thread.
     */
    public void onPatientPage(java.util.function.Consumer<PatientView> part) {
        Objects.requireNonNull(part, "part");
        patientPageParts.add(part);
        if (patientView != null) {
            part.accept(patientView);
        }
    }

    private void warn(String warning) {
        warnNotice(Notice.problem(warning));
    }

    private void warnNotice(Notice notice) {
        wardModel.noticeProperty().set(notice);
        patientModel.noticeProperty().set(notice);
    }

    /** "Save it now" on the banner once the server is back: the kept exam, saved once (issue #12 point 5). */
    private void saveKeptExam() {
        if (examFeature == null) {
            return; // no form was ever opened: nothing kept
        }
        if (!content.getChildren().contains(patientView)) { // the form belongs to the patient page, where it stays
            content.getChildren().setAll(patientView);
        }
        examFeature.form().save();
    }

    /** Someone saved elsewhere: reload the screen on show, leaving selections and typing alone. */
    private void reloadWhatIsShown() {
        if (patientView != null && content.getChildren().contains(patientView)) {
            patientModel.refreshInPlace();
            regimenModel.refresh();
            trendModel.refresh();
        } else {
            wardView.refreshKeepingSelection();
        }
    }

    /** The change watcher's report: the banner says it in plain words (issue #12 point 5); what is shown stays. */
    private void serverReachable(boolean reachable) {
        serverBanner.reachable(reachable);
    }

    /** A banner across the top of every screen of this window (the demo ward's mark), above the server's. */
    public void addTopBanner(javafx.scene.Node banner) {
        banners.getChildren().add(0, banner);
    }

    /** Runs {@code action} on the FX thread once the scene has laid out its next frame (at once without a scene). */
    private void afterNextPulse(Runnable action) {
        Scene scene = root.getScene();
        if (scene == null) {
            action.run();
            return;
        }
        Runnable once = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                done = true;
                // Removed and run later: the scene is walking its listener list right now.
                javafx.application.Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    action.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(once);
        javafx.application.Platform.requestNextPulse();
    }

    /** The regimen changed on this page: what depends on it (trend, flags) reloads. */
    private void regimenChanged() {
        trendModel.refresh();
    }

    /** A trend point or a flag was clicked: show that exam in the History tab. */
    private void openExam(ExamId id) {
        patientView.tabs().getTabs().stream().filter(t -> "historyTab".equals(t.getId())).findFirst()
                .ifPresent(t -> patientView.tabs().getSelectionModel().select(t));
        patientModel.select(id);
    }

    /** Shows the patient page for this patient. */
    public void openPatient(Patient patient) {
        // Built before the models are told: the page's parts listen to the patient being shown.
        PatientView page = patientPage();
        patientModel.show(patient);
        regimenModel.show(patient);
        trendModel.show(patient);
        content.getChildren().setAll(page);
        // The access log (issue #11 point 5; HIPAA 45 CFR 164.312(b)): who opened which record, when.
        accessRecording.record(() -> database.write(s -> {
            s.accessLog().record(clinician, org.bedsideneuro.domain.account.AccessAction.OPEN_PATIENT, patient.id(), "patient page");
            return null;
        }), "that you opened " + patient.displayName() + "'s record");
        // A tab's content joins the scene only once the TabPane has its skin; on the first opening that happens at
        // the next pulse, and the focus request below would race it (and lose: the focus went to "Ward"). Skin now.
        page.applyCss();
        Focus.afterNextLayout(page.historyList());
    }

    /** Back to the ward, reloaded (last recorded times may have changed), with the cursor in the search box. */
    public void showWard() {
        content.getChildren().setAll(wardView);
        serverBanner.dismiss();
        wardModel.refresh();
        Focus.afterNextLayout(wardView.searchField());
    }

    public Parent root() {
        return root;
    }

    /** A scene with the theme, sized for a ward laptop. */
    public Scene createScene() {
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        Theme.apply(scene);
        return scene;
    }

    @Override
    public void recordsChanged() {
        reloadWhatIsShown();
    }

    @Override
    public void hideWhoIsRecording() {
        wardView.showWhoIsRecording(false);
    }

    /** Puts the cursor in the ward search box; call once the window is shown. */
    public void focusSearch() {
        wardView.focusSearch();
    }

    public Database database() { return database; }
    public org.bedsideneuro.persistence.LocalDrafts localDrafts() { return localDrafts; }
    public org.bedsideneuro.ui.server.ServerBannerModel serverBanner() { return serverBanner; }
    public Clinician clinician() { return clinician; }
    public Clock clock() { return clock; }
    public WardView wardView() { return wardView; }
    /** Whether the patient page has been built yet (for tests: it waits for its first opening). */
    boolean patientPageBuilt() { return patientView != null; }
    /** The patient page (built now if it has not been opened yet). */
    public PatientView patientView() { return patientPage(); }
    public WardViewModel wardModel() { return wardModel; }
    public PatientViewModel patientModel() { return patientModel; }
    public ExamFeature examFeature() { patientPage(); return examFeature; }
    public RegimenViewModel regimenModel() { patientPage(); return regimenModel; }
    public TrendViewModel trendModel() { patientPage(); return trendModel; }
    public WardFlags wardFlags() { return wardFlags; }
    public javafx.collections.ObservableList<javafx.scene.control.Menu> menus() { return menus; }
    /** For tests and a progress indicator: background work still pending. */
    public BackgroundRunner runner() { return runner; }

    @Override
    public void close() {
        liveUpdates.close();
        chainCheck.close();
        if (examFeature != null) {
            examFeature.close();
        }
        runner.close();
    }
}
