package org.bedsideneuro.domain.trend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.regimen.OrderId;

/**
 * One check of a rule at one moment, for one subject (e.g. "ankle dorsiflexion, left"): whether the rule holds then,
 * and the values and records it rests on. The engine turns runs of checks into flags.
 */
public record RuleCheck(String subject, Instant at, LocalDate date, boolean holds, String values, List<ExamId> examIds, List<OrderId> orderIds) {
    public RuleCheck {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "time");
        Objects.requireNonNull(date, "date");
        values = values == null ? "" : values;
        examIds = List.copyOf(examIds);
        orderIds = List.copyOf(orderIds);
    }

    static RuleCheck holds(String subject, Instant at, LocalDate date, String values, List<ExamId> examIds) {
        return new RuleCheck(subject, at, date, true, values, examIds, List.of());
    }

    static RuleCheck notHolding(String subject, Instant at, LocalDate date) {
        return new RuleCheck(subject, at, date, false, "", List.of(), List.of());
    }
}
