package org.bedsideneuro.service;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.LocalDrafts;

/**
 * A form's working copy while it is typed: kept in the database, or on this laptop's disk while the ward server
 * cannot be reached, and deleted from both when the clinician starts afresh. A draft is never a record: losing one
 * loses no clinical data, the form still holds it.
 */
public final class DraftService {
    private final Database database;
    private final LocalDrafts local;

    public DraftService(Database database, LocalDrafts local) {
        this.database = Objects.requireNonNull(database, "database");
        this.local = Objects.requireNonNull(local, "local drafts");
    }

    /** Keeps {@code draft}; true when it had to be kept on this laptop. */
    public boolean keep(Draft draft) {
        return local.keep(database, draft);
    }

    /** This author's drafts: the database's, and those kept on this laptop while it could not be reached. */
    public List<Draft> byAuthor(ClinicianId author) {
        return local.allByAuthor(database, author);
    }

    /** Deletes the draft {@code id} from the database. */
    public void delete(UUID id) {
        database.write(s -> {
            s.drafts().delete(id);
            return null;
        });
    }

    /** Deletes the copy this laptop keeps of {@code author}'s draft {@code id}, if any. */
    public void deleteKeptHere(ClinicianId author, UUID id) {
        local.delete(author, id);
    }
}
