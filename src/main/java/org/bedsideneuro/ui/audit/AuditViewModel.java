package org.bedsideneuro.ui.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.AuditEntry;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.Notice;

/** A patient's audit trail: every insert, amendment and withdrawal, who and when, newest first. */
public final class AuditViewModel {
    private final WardRecords records;
    private final BackgroundRunner runner;
    private final ClinicalFormats formats;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private long generation;

    public AuditViewModel(WardRecords records, ClinicalFormats formats, BackgroundRunner runner) {
        this.records = records;
        this.formats = formats;
        this.runner = runner;
    }

    /** One line as shown. */
    public record Line(String time, String who, String action, String record, String detail) {
    }

    public void load(PatientId patient) {
        long thisLoad = ++generation;
        if (patient == null) {
            lines.clear();
            return;
        }
        runner.run(() -> records.read(s -> s.audit().forPatient(patient)), (List<AuditEntry> trail) -> {
            if (thisLoad == generation) {
                List<Line> newestFirst = new ArrayList<>(trail.stream().map(this::line).toList());
                Collections.reverse(newestFirst);
                lines.setAll(newestFirst);
            }
        }, failure -> notice.set(Notice.of(failure)));
    }

    private Line line(AuditEntry a) {
        return new Line(formats.dateTime(a.at()), a.by().signature(), a.action(), a.entity(), a.detail());
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }
}
