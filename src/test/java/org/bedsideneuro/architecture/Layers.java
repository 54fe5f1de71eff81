package org.bedsideneuro.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import java.util.regex.Pattern;
import org.bedsideneuro.exchange.ExportException;
import org.bedsideneuro.exchange.ExportSummary;
import org.bedsideneuro.exchange.ImportReport;
import org.bedsideneuro.persistence.Backups;
import org.bedsideneuro.report.PaperSize;
import org.bedsideneuro.ui.common.Failure;

/**
 * The layers as the code has them, stated once (docs/developer-guide.md, "Layout"; docs/decisions/0018):
 * <pre>
 *   app → ui → service → (exchange, report, fhir) → persistence → security, domain
 * </pre>
 * Each layer names who may use it, so a new dependency that points up or sideways fails whatever its package. The
 * rules are built here and checked by {@link ArchitectureTest} against the app, and by {@link ArchitectureRulesCanFailTest}
 * against fixtures that break them.
 */
final class Layers {
    private static final String ROOT = "org.bedsideneuro";
    private static final String UI = ROOT + ".ui";

    /**
     * The packages of the shell, which opens the database, watches it for changes and chooses the ward server:
     * the ui package itself (the window and start-up) and {@code ui.server}. Exactly these, not their sub-packages.
     */
    static final DescribedPredicate<JavaClass> THE_SHELL = resideInAnyPackage(UI, UI + ".server")
            .as("the shell (ui, ui.server)");

    /**
     * What a screen may read through {@code WardRecords.read} (decision 0018): the unit of work and its session, the
     * repositories' read methods (writes are refused by {@link #SCREENS_ONLY_READ}), and the values they return.
     */
    static final DescribedPredicate<JavaClass> THE_READ_SIDE = new DescribedPredicate<>(
            "the read side of persistence (Work, Session, repositories, the values they return)") {
        private final Set<String> named = Set.of("Work", "Session", "AccessLog", "AuditLog", "RecordChain", "AccessEntry",
                "AuditEntry", "RecordMark", "EhrSource");

        @Override
        public boolean test(JavaClass c) {
            JavaClass top = topLevel(c);
            return top.getPackageName().equals(ROOT + ".persistence")
                    && (named.contains(top.getSimpleName()) || top.getSimpleName().endsWith("Repository"));
        }
    };

    /** The two plain-language refusals a screen tells apart, read in one place ({@code ui.common.Failure}). */
    static final DescribedPredicate<JavaClass> THE_FAILURE_TRANSLATION =
            equivalentTo(Failure.class).as("ui.common.Failure");

    /** Values the services hand back or take, which a screen shows or passes on. */
    static final DescribedPredicate<JavaClass> VALUES_OF_THE_SERVICES = equivalentTo(ExportSummary.class).or(equivalentTo(PaperSize.class))
            .or(equivalentTo(ExportException.class)).or(equivalentTo(Backups.Automatic.class)).or(equivalentTo(ImportReport.class))
            .as("values of the services (ExportSummary, PaperSize, ExportException, Backups.Automatic, ImportReport)");

    /** Repository methods that change the records: a screen never calls one, not even inside a read. */
    private static final Pattern WRITES = Pattern.compile("(add|amend|update|delete|create|stop|set|reset|change|save|insert|ensure"
            + "|findOrCreate|seal|void|withdraw|import|restore|choose)([A-Z].*)?|record(?!Marks)([A-Z].*)?");

    static final DescribedPredicate<JavaMethodCall> A_WRITE_TO_THE_RECORDS = new DescribedPredicate<>("a write to the records") {
        @Override
        public boolean test(JavaMethodCall call) {
            JavaClass owner = call.getTargetOwner();
            return THE_READ_SIDE.test(owner) && !owner.getSimpleName().equals("Work") && WRITES.matcher(call.getName()).matches();
        }
    };

    /**
     * The UI's feature rule: a screen's package (ui.ward, ui.exam, ...) uses no other screen's package; screens meet
     * through ui.shell (AppWindow) and share ui.common. The shell (the ui package, and ui.login, which holds the
     * window of whoever logged in) assembles screens and may use them; no screen uses the shell's classes.
     */
    static final SliceAssignment SCREENS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (!p.startsWith(UI + ".")) {
                return SliceIdentifier.ignore();
            }
            String screen = p.substring(UI.length() + 1).split("\\.")[0];
            return Set.of("shell", "common", "login").contains(screen) ? SliceIdentifier.ignore() : SliceIdentifier.of("ui." + screen);
        }

        @Override
        public String getDescription() {
            return "the UI's screens";
        }
    };

    /** The hosts every feature plugs into through AppWindow: the ward screen and the patient page. */
    static final DescribedPredicate<JavaClass> THE_HOSTS = resideInAnyPackage(UI + ".ward..", UI + ".patient..")
            .as("the hosts (ui.ward, ui.patient)");

    private Layers() {
    }

    /** The one layering, with its three narrow exceptions for the UI. */
    static ArchRule layering() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy(ROOT + ".domain..")
                .layer("Security").definedBy(ROOT + ".security..")
                .layer("Persistence").definedBy(ROOT + ".persistence..")
                .layer("Exchange").definedBy(ROOT + ".exchange..")
                .layer("Report").definedBy(ROOT + ".report..")
                .layer("Fhir").definedBy(ROOT + ".fhir..")
                .layer("Service").definedBy(ROOT + ".service..")
                .layer("UI").definedBy(UI + "..")
                .layer("App").definedBy(ROOT + ".app..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "App")
                .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Service", "App")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Service", "App")
                .whereLayer("Fhir").mayOnlyBeAccessedByLayers("Service", "App")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Exchange", "Service", "App")
                .whereLayer("Security").mayOnlyBeAccessedByLayers("Persistence", "Service", "UI", "App")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Security", "Persistence", "Exchange", "Report", "Fhir", "Service", "UI", "App")
                .ignoreDependency(THE_SHELL, resideInAPackage(ROOT + ".persistence.."))
                .ignoreDependency(resideInAPackage(UI + ".."), THE_READ_SIDE)
                .ignoreDependency(THE_FAILURE_TRANSLATION, resideInAPackage(ROOT + ".persistence.."))
                .ignoreDependency(resideInAPackage(UI + ".."), VALUES_OF_THE_SERVICES)
                .withOptionalLayers(true)
                .because("dependencies point one way (docs/developer-guide.md); a screen writes only through a service (decision 0018)");
    }

    static ArchRule screensOnlyRead() {
        return noClasses().that().resideInAPackage(UI + "..")
                .should().callMethodWhere(A_WRITE_TO_THE_RECORDS)
                .because("a screen writes through a service, shared with the command line (decision 0018)");
    }

    /** Screens use no other screen, except the two hosts AppWindow hands them; and no screen uses the shell. */
    static ArchRule screensApart() {
        return slices().assignedFrom(SCREENS).should().notDependOnEachOther()
                .ignoreDependency(resideInAPackage(UI + ".."), THE_HOSTS)
                .because("screens meet through ui.shell.AppWindow and share ui.common (docs/developer-guide.md)");
    }

    static ArchRule screensDoNotUseTheShell() {
        return noClasses().that().resideInAPackage(UI + ".*..").and().resideOutsideOfPackages(UI + ".login..")
                .should().dependOnClassesThat().resideInAnyPackage(UI, UI + ".login..")
                .because("the shell assembles the screens, never the other way round");
    }

    /** The hosts do not know the features that plug into them. */
    static ArchRule hostsDoNotKnowTheirFeatures() {
        return noClasses().that(THE_HOSTS).should().dependOnClassesThat(resideInAPackage(UI + ".*..")
                        .and(DescribedPredicate.not(THE_HOSTS)).and(DescribedPredicate.not(resideInAnyPackage(UI + ".common..", UI + ".shell.."))))
                .because("features plug into the ward and the patient page through ui.shell.AppWindow");
    }

    /**
     * The window and every UI package each a slice (the window: the classes of ui itself), with no cycle between any:
     * features plug into the window through ui.shell.AppWindow, never through the window's class.
     */
    static ArchRule uiPackagesWithoutCycles() {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (p.equals(UI)) {
                    return SliceIdentifier.of("the window (ui)");
                }
                return p.startsWith(UI + ".") ? SliceIdentifier.of("ui." + p.substring(UI.length() + 1).split("\\.")[0]) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the UI's packages";
            }
        }).should().beFreeOfCycles();
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
