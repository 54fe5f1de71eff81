package org.bedsideneuro.domain.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.regimen.DailyMmeResult;

/**
 * What the crosshair says for one day: the daily MME with its breakdown, each lane's value with the exam or
 * observation it came from, and the flags of that day. Strip rows read the value last recorded by the end of the day
 * (as the strip shows it); numeric lanes read the values recorded on that day only.
 */
public record TrendReadout(LocalDate day, DailyMmeResult mme, List<Value> values, List<Flag> flags) {
    public TrendReadout {
        values = List.copyOf(values);
        flags = List.copyOf(flags);
    }

    /** One value under the crosshair: lane, row ("Ankle dorsiflexion L"), value text, its exam and where it came from. */
    public record Value(String laneId, String row, String value, boolean worseThanBaseline, ExamId examId, String source) {
    }

    /** The readout of {@code day} from the lanes and the course they were built from. */
    public static TrendReadout of(LocalDate day, TrendLanes lanes, PatientCourse course) {
        double dayStart = day.toEpochDay();
        double dayEnd = dayStart + 1;
        List<Value> values = new ArrayList<>();
        for (TrendLanes.Lane lane : lanes.lanes()) {
            if (lane instanceof TrendLanes.StripLane strip) {
                for (TrendLanes.StripRow row : strip.rows()) {
                    TrendLanes.Cell cell = row.at(Math.nextDown(dayEnd));
                    if (cell != null) {
                        values.add(new Value(lane.id(), row.label(), cell.value(), cell.worseThanBaseline(), cell.examId(), cell.source().text()));
                    }
                }
            } else if (lane instanceof TrendLanes.PointLane points) {
                for (TrendLanes.Reading r : readingsOf(points.readings(), dayStart, dayEnd)) {
                    values.add(new Value(lane.id(), r.line(), r.value(), false, r.examId(), r.source().text()));
                }
            }
        }
        List<Flag> flags = lanes.flags().stream().filter(f -> f.date().equals(day)).toList();
        return new TrendReadout(day, course.mmeOn(day), values, flags);
    }

    /** The readings with {@code from <= x < to}; readings are sorted by x, so a binary search finds the first. */
    private static List<TrendLanes.Reading> readingsOf(List<TrendLanes.Reading> readings, double from, double to) {
        int lo = 0;
        int hi = readings.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (readings.get(mid).x() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<TrendLanes.Reading> day = new ArrayList<>();
        for (int i = lo; i < readings.size() && readings.get(i).x() < to; i++) {
            day.add(readings.get(i));
        }
        return day;
    }
}
