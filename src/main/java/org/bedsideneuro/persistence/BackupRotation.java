package org.bedsideneuro.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic backups to keep: the newest of each of the {@code days} most recent days that have a backup, and
 * the newest of each of the {@code weeks} most recent ISO weeks before those (7 daily and 4 weekly by default).
 */
public record BackupRotation(int days, int weeks) {
    public static BackupRotation standard() {
        return new BackupRotation(7, 4);
    }

    public List<Instant> toDelete(List<Instant> taken, ZoneId zone) {
        List<Instant> newestFirst = new ArrayList<>(taken);
        newestFirst.sort(Comparator.reverseOrder());
        Set<LocalDate> dailyKept = new HashSet<>();
        Set<String> weeksCovered = new HashSet<>();
        int weeklyKept = 0;
        List<Instant> delete = new ArrayList<>();
        for (Instant t : newestFirst) {
            LocalDate day = LocalDate.ofInstant(t, zone);
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (dailyKept.size() < days && dailyKept.add(day)) {
                weeksCovered.add(week);
            } else if (dailyKept.size() >= days && !dailyKept.contains(day) && weeklyKept < weeks && weeksCovered.add(week)) {
                weeklyKept++;
            } else {
                delete.add(t);
            }
        }
        return delete;
    }
}
