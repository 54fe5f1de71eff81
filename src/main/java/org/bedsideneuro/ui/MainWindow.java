package org.bedsideneuro.ui;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.LocalDrafts;
import org.bedsideneuro.service.AppVersion;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.administration.AdministrationFeature;
import org.bedsideneuro.ui.audit.AuditTab;
import org.bedsideneuro.ui.common.AccessRecording;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Focus;
import org.bedsideneuro.ui.common.Notice;
import org.bedsideneuro.ui.common.Theme;
import org.bedsideneuro.ui.exam.ExamFeature;
import org.bedsideneuro.ui.export.ExportFeature;
import org.bedsideneuro.ui.ncs.NerveConductionFeature;
import org.bedsideneuro.ui.observation.ObservationFeature;
import org.bedsideneuro.ui.patient.PatientView;
import org.bedsideneuro.ui.patient.PatientViewModel;
import org.bedsideneuro.ui.regimen.RegimenFeature;
import org.bedsideneuro.ui.regimen.RegimenViewModel;
import org.bedsideneuro.ui.server.ServerBanner;
import org.bedsideneuro.ui.server.ServerBannerModel;
import org.bedsideneuro.ui.shell.AppWindow;
import org.bedsideneuro.ui.trend.TrendFeature;
import org.bedsideneuro.ui.trend.TrendViewModel;
import org.bedsideneuro.ui.trend.WardFlags;
import org.bedsideneuro.ui.ward.WardView;
import org.bedsideneuro.ui.ward.WardViewModel;

/**
 * The main window's content: the ward screen and the patient page, one at a time, for one recording clinician. Every
 * tab, action and column beyond the ward list and the patient's history is a feature installed through
 * {@link AppWindow}. Create on the FX thread; {@link #close()} stops its background thread (the database belongs to
 * the caller).
 */
public final class MainWindow implements AppWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    private final BackgroundRunner runner = new BackgroundRunner();
    private final WardRecords records;
    private final Clinician clinician;
    private final Clock clock;
    private final WardViewModel wardModel;
    private final PatientViewModel patientModel;
    private final WardView wardView;
    private final WardFlags wardFlags;
    private final PatientPageSeams page;
    private ExamFeature examFeature;
    private RegimenViewModel regimenModel;
    private TrendViewModel trendModel;
    /** The screen shown (ward or patient page), under the banners of every screen (the demo's mark, the server's state). */
    private final StackPane content = new StackPane();
    private final VBox banners = new VBox();
    private final BorderPane root = new BorderPane(content);
    private final ServerBannerModel serverBanner;
    private final LiveUpdates liveUpdates;
    private final ChainCheckAtStart chainCheck;
    private final AccessRecording accessRecording;
    private final ObservableList<Menu> menus = FXCollections.observableArrayList();

    public MainWindow(Database database, Clinician clinician, Clock clock) {
        this(database, clinician, clock, LocalDrafts.none());
    }

    /** {@code localDrafts}: where forms keep their drafts while the ward server cannot be reached. */
    public MainWindow(Database database, Clinician clinician, Clock clock, LocalDrafts localDrafts) {
        this.records = WardRecords.of(Objects.requireNonNull(database, "database"), Objects.requireNonNull(localDrafts, "local drafts"));
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        wardModel = new WardViewModel(records, clinician, clock, runner);
        // Read the ward now, on the background thread, while the FX thread builds the rest of the window.
        wardModel.refresh();
        patientModel = new PatientViewModel(records, clock, runner);
        wardView = new WardView(wardModel, this::openPatient);
        page = new PatientPageSeams(() -> new PatientView(patientModel, this::showWard));
        wardFlags = TrendFeature.installFlagsOnWard(this);
        root.getStyleClass().add("main-window");
        content.getChildren().setAll(wardView);
        serverBanner = new ServerBannerModel(clock, database.onServer());
        banners.getChildren().add(new ServerBanner(serverBanner, this::saveKeptExam));
        root.setTop(banners);
        // The patient page's parts, in the order of its tabs.
        ExamFeature.install(this, feature -> {
            examFeature = feature;
            serverBanner.keptUnsavedProperty().bind(feature.form().keptUnsavedProperty());
        });
        RegimenFeature.install(this, model -> regimenModel = model);
        TrendFeature.install(this, model -> trendModel = model);
        ObservationFeature.install(this);
        NerveConductionFeature.install(this);
        ExportFeature.install(this, AppVersion.get());
        AuditTab.install(this);
        AdministrationFeature.install(this);
        TrendFeature.installReviewColumn(this, wardFlags); // last, after the nurse's columns
        accessRecording = new AccessRecording(runner, this::warn);
        liveUpdates = new LiveUpdates(database, this::reloadWhatIsShown, serverBanner::reachable);
        chainCheck = new ChainCheckAtStart(database, ChainCheckAtStart.AFTER_START, warning -> warn(Notice.problem(warning)));
    }

    private void warn(Notice notice) {
        wardModel.noticeProperty().set(notice);
        patientModel.noticeProperty().set(notice);
    }

    @Override public void onPatientPage(Consumer<PatientView> part) { page.onPage(part); }
    @Override public void onPatientOpened(Consumer<Patient> follower) { page.onOpened(follower); }
    @Override public void onPatientPageReload(Runnable reload) { page.onReload(reload); }
    @Override public void onRegimenChanged(Runnable reload) { page.onRegimenChanged(reload); }
    @Override public void regimenChanged() { page.regimenChanged(); }

    /** Shows the patient page for this patient, and records the opening in the access log (HIPAA 45 CFR 164.312(b)). */
    @Override
    public void openPatient(Patient patient) {
        PatientView shown = page.page(); // built before the models are told: its parts listen to the patient shown
        patientModel.show(patient);
        page.opened(patient);
        content.getChildren().setAll(shown);
        accessRecording.record(() -> {
            records.accessLog().record(clinician, AccessAction.OPEN_PATIENT, patient.id(), "patient page");
            return null;
        }, "that you opened " + patient.displayName() + "'s record");
        // A tab's content joins the scene once the TabPane has its skin; skinned now, so the focus lands in the history.
        shown.applyCss();
        Focus.afterNextLayout(shown.historyList());
    }

    /** Back to the ward, reloaded (last recorded times may have changed), with the cursor in the search box. */
    public void showWard() {
        content.getChildren().setAll(wardView);
        serverBanner.dismiss();
        wardModel.refresh();
        Focus.afterNextLayout(wardView.searchField());
    }

    /** "Save it now" on the banner once the server is back: the kept exam, saved once, on the page it belongs to. */
    private void saveKeptExam() {
        if (examFeature == null) {
            return; // no form was ever opened: nothing kept
        }
        if (!content.getChildren().contains(page.page())) {
            content.getChildren().setAll(page.page());
        }
        examFeature.form().save();
    }

    /** Someone saved elsewhere: reload the screen shown, leaving selections and typing alone. */
    private void reloadWhatIsShown() {
        if (page.built() && content.getChildren().contains(page.page())) {
            patientModel.refreshInPlace();
            page.reload();
        } else {
            wardView.refreshKeepingSelection();
        }
    }

    @Override
    public void showExam(ExamId id) {
        PatientView shown = page.page();
        shown.tabs().getTabs().stream().filter(t -> "historyTab".equals(t.getId())).findFirst()
                .ifPresent(t -> shown.tabs().getSelectionModel().select(t));
        patientModel.select(id);
    }

    /** A banner across the top of every screen of this window (the demo ward's mark), above the server's. */
    public void addTopBanner(Node banner) {
        banners.getChildren().add(0, banner);
    }

    /** A scene with the theme, sized for a ward laptop. */
    public Scene createScene() {
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        Theme.apply(scene);
        return scene;
    }

    @Override public void recordsChanged() { reloadWhatIsShown(); }
    @Override public void hideWhoIsRecording() { wardView.showWhoIsRecording(false); }
    @Override public void focusSearch() { wardView.focusSearch(); }
    @Override public Parent root() { return root; }
    @Override public WardRecords records() { return records; }
    @Override public Clinician clinician() { return clinician; }
    @Override public Clock clock() { return clock; }
    @Override public WardView wardView() { return wardView; }
    @Override public WardViewModel wardModel() { return wardModel; }
    @Override public PatientViewModel patientModel() { return patientModel; }
    @Override public ObservableList<Menu> menus() { return menus; }
    @Override public BackgroundRunner runner() { return runner; }
    public ServerBannerModel serverBanner() { return serverBanner; }
    public WardFlags wardFlags() { return wardFlags; }
    /** Whether the patient page has been built yet (for tests: it waits for its first opening). */
    boolean patientPageBuilt() { return page.built(); }
    /** The patient page, and what is on it (built now if it has not been opened yet). */
    public PatientView patientView() { return page.page(); }
    public ExamFeature examFeature() { page.page(); return examFeature; }
    public RegimenViewModel regimenModel() { page.page(); return regimenModel; }
    public TrendViewModel trendModel() { page.page(); return trendModel; }

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
