package org.bedsideneuro.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;

/** A small fictional ward as an exchange folder, and the fixtures the exchange tests share. */
final class SyntheticWard {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    static final Clinician IMPORTER = Clinician.create("os:alice", Role.OTHER);

    static final String PATIENTS = """
            patient_id,family_name,given_name,birth_date,sex,ward,bed
            MRN-001,Żółć,Łukasz,1956-04-02,male,Neuro 3,12A
            MRN-002,Иванова,Мария,1948-11-30,female,Neuro 3,14
            MRN-003,"O'Brien, Jr",Séan,1971-01-15,unknown,,
            """;

    static final String MEDICATIONS = """
            patient_id,drug,kind,dose,unit,route,doses_per_day,start,stop,indication,outcome,note
            MRN-001,morphine,scheduled,10,mg,oral,6,2026-02-20T08:00:00+01:00,2026-02-25T08:00:00+01:00,,,"pain, bone metastases"
            MRN-001,hydromorphone,scheduled,2.5,mg,oral,6,2026-02-25T08:00:00+01:00,,,,rotation after myoclonus
            MRN-002,fentanyl,scheduled,25,mcg/h,transdermal,1,2026-02-18T09:30:00+01:00,,,,
            MRN-002,gabapentin,scheduled,300,mg,oral,3,2026-02-18T09:30:00+01:00,,,,
            """;

    /** Doses charted under MRN-001's scheduled orders, one held; the nurse who gave them also observes (findings). */
    static final String ADMINISTRATIONS = """
            patient_id,drug,route,order_start,order_kind,given_at,period_start,dose,unit,status,given_by,role,note
            MRN-001,morphine,oral,2026-02-20T08:00:00+01:00,scheduled,2026-02-24T20:00:00+01:00,,10,mg,given,Nurse Kowalska,nurse,
            MRN-001,hydromorphone,oral,2026-02-25T08:00:00+01:00,scheduled,2026-02-28T08:00:00+01:00,,2.5,mg,given,Nurse Kowalska,nurse,
            MRN-001,hydromorphone,oral,2026-02-25T08:00:00+01:00,scheduled,2026-02-28T12:00:00+01:00,,2.5,mg,held,Nurse Kowalska,nurse,"drowsy, POSS 3"
            """;

    static final String FINDINGS = """
            patient_id,recorded_at,recorded_by,role,finding,side,value,note
            MRN-001,2026-02-26T09:15:00+01:00,Dr Nowak,neurologist,strength.ankle_dorsiflexion,L,4-,
            MRN-001,2026-02-26T09:15:00+01:00,Dr Nowak,neurologist,strength.ankle_dorsiflexion,R,5,
            MRN-001,2026-02-26T09:15:00+01:00,Dr Nowak,neurologist,reflex.achilles,L,0,"absent even with
            reinforcement"
            MRN-001,2026-02-26T09:15:00+01:00,Dr Nowak,neurologist,reflex.reinforcement,,yes,
            MRN-001,2026-02-26T09:15:00+01:00,Dr Nowak,neurologist,gait.walk_10m_seconds,,12.50,
            MRN-001,2026-02-27T22:40:00+01:00,Nurse Kowalska,nurse,myoclonus.jerk_count,,7,
            MRN-001,2026-02-27T22:40:00+01:00,Nurse Kowalska,nurse,myoclonus.window_minutes,,10,
            MRN-001,2026-02-27T22:40:00+01:00,Nurse Kowalska,nurse,myoclonus.regions,,left_arm;right_leg,
            MRN-002,2026-02-28T07:05:30.250+03:00,Сестра Петрова,nurse,oin.sedation_poss,,S,
            MRN-002,2026-02-28T07:05:30.250+03:00,Сестра Петрова,nurse,lab.egfr,,38.5,
            MRN-003,2026-02-28T11:00:00+00:00,Dr Nowak,neurologist,plantar.response,R,extensor,
            """;

    private SyntheticWard() {
    }

    /** Writes the ward's four files into {@code folder} and returns it. */
    static Path writeTo(Path folder) {
        writeFiles(folder, PATIENTS, MEDICATIONS, FINDINGS);
        write(folder, "administrations.csv", ADMINISTRATIONS);
        return folder;
    }

    /** Writes patients.csv, medications.csv and findings.csv, each unless null; no administrations.csv. */
    static Path writeFiles(Path folder, String patients, String medications, String findings) {
        write(folder, "patients.csv", patients);
        write(folder, "medications.csv", medications);
        write(folder, "findings.csv", findings);
        return folder;
    }

    /** Writes one file as UTF-8 with CRLF line ends, as a spreadsheet would; null writes no file. */
    static void write(Path folder, String name, String text) {
        if (text == null) {
            return;
        }
        writeBytes(folder, name, text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static void writeBytes(Path folder, String name, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
