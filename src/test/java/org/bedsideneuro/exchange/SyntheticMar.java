package org.bedsideneuro.exchange;

import java.nio.file.Path;

/**
 * A small fictional ward whose doses are charted, as an exchange folder (version 2): every order kind and what its
 * administrations look like (clinical reference section 6). Calendar days are those of {@link SyntheticWard#CLOCK}
 * (UTC), so a day's doses below are counted on the day they read, an hour earlier in UTC.
 * <ul>
 * <li>MRN-101, palliative: oral morphine stopped as not tolerated (its doses charted, one held with the reason), then a
 * subcutaneous morphine syringe driver and breakthrough PRN doses started with it (same drug, route and start: the
 * rows say order_kind), four on 27 February against a daily maximum of three, the fourth with a note saying why;</li>
 * <li>MRN-102, post-operative: a morphine iv PCA with its basal infusion started together, read every four hours (one
 * reading across midnight, a gap, the last reading at the pump's stop), then oral oxycodone, one dose refused.</li>
 * </ul>
 */
final class SyntheticMar {
    static final int PATIENTS_COUNT = 2;
    static final int ORDERS_COUNT = 6;
    static final int ADMINISTRATIONS_COUNT = 20;

    static final String PATIENTS = """
            patient_id,family_name,given_name,birth_date,sex,ward,bed
            MRN-101,Example,Ada,1949-05-17,female,Palliative 2,3
            MRN-102,Sample,Tomasz,1962-10-02,male,Surgery 5,11
            """;

    static final String MEDICATIONS = """
            patient_id,drug,kind,dose,unit,route,doses_per_day,start,stop,indication,outcome,note
            MRN-101,morphine,scheduled,10,mg,oral,4,2026-02-20T08:00:00+01:00,2026-02-24T08:00:00+01:00,cancer_pain,not_tolerated,myoclonus
            MRN-101,morphine,infusion,1.5,mg/h,sc,,2026-02-24T08:00:00+01:00,,palliative,,syringe driver
            MRN-101,morphine,prn,2.5,mg,sc,3,2026-02-24T08:00:00+01:00,,palliative,,breakthrough
            MRN-102,morphine,pca,1,mg,iv,,2026-02-26T14:00:00+01:00,2026-02-28T10:00:00+01:00,nociceptive_pain,effective,
            MRN-102,morphine,infusion,0.5,mg/h,iv,,2026-02-26T14:00:00+01:00,2026-02-27T14:00:00+01:00,nociceptive_pain,,PCA basal rate
            MRN-102,oxycodone,scheduled,5,mg,oral,4,2026-02-28T10:00:00+01:00,,nociceptive_pain,,
            """;

    static final String ADMINISTRATIONS = """
            patient_id,drug,route,order_start,order_kind,given_at,period_start,dose,unit,status,given_by,role,note
            MRN-101,morphine,oral,2026-02-20T08:00:00+01:00,scheduled,2026-02-23T08:00:00+01:00,,10,mg,given,Nurse Kowalska,nurse,
            MRN-101,morphine,oral,2026-02-20T08:00:00+01:00,scheduled,2026-02-23T12:00:00+01:00,,10,mg,given,Nurse Kowalska,nurse,
            MRN-101,morphine,oral,2026-02-20T08:00:00+01:00,scheduled,2026-02-23T16:00:00+01:00,,10,mg,held,Nurse Kowalska,nurse,"drowsy, POSS 3"
            MRN-101,morphine,oral,2026-02-20T08:00:00+01:00,scheduled,2026-02-23T20:00:00+01:00,,10,mg,given,Nurse Adeyemi,nurse,
            MRN-101,morphine,sc,2026-02-24T08:00:00+01:00,prn,2026-02-27T09:00:00+01:00,,2.5,mg,given,Nurse Kowalska,nurse,
            MRN-101,morphine,sc,2026-02-24T08:00:00+01:00,prn,2026-02-27T13:00:00+01:00,,2.50,mg,given,Nurse Kowalska,nurse,
            MRN-101,morphine,sc,2026-02-24T08:00:00+01:00,prn,2026-02-27T17:00:00+01:00,,2.5,mg,given,Nurse Adeyemi,nurse,
            MRN-101,morphine,sc,2026-02-24T08:00:00+01:00,prn,2026-02-27T21:00:00+01:00,,2.5,mg,given,Nurse Adeyemi,nurse,"fourth today: pain on turning, Dr Nowak agreed"
            MRN-101,morphine,sc,2026-02-24T08:00:00+01:00,prn,2026-02-28T03:00:00+01:00,,2.5,mg,given,Nurse Adeyemi,nurse,
            MRN-102,morphine,iv,2026-02-26T14:00:00+01:00,pca,2026-02-26T18:00:00+01:00,2026-02-26T14:00:00+01:00,6,mg,given,Nurse Kowalska,nurse,
            MRN-102,morphine,iv,2026-02-26T14:00:00+01:00,pca,2026-02-26T22:00:00+01:00,2026-02-26T18:00:00+01:00,4,mg,given,Nurse Kowalska,nurse,
            MRN-102,morphine,iv,2026-02-26T14:00:00+01:00,pca,2026-02-27T02:00:00+01:00,2026-02-26T22:00:00+01:00,3,mg,given,Nurse Adeyemi,nurse,
            MRN-102,morphine,iv,2026-02-26T14:00:00+01:00,pca,2026-02-27T06:00:00+01:00,2026-02-27T02:00:00+01:00,2,mg,given,Nurse Adeyemi,nurse,
            MRN-102,morphine,iv,2026-02-26T14:00:00+01:00,pca,2026-02-27T10:00:00+01:00,2026-02-27T06:00:00+01:00,2.5,mg,given,Dr Nowak,neurologist,
            MRN-102,morphine,iv,2026-02-26T14:00:00+01:00,pca,2026-02-28T10:00:00+01:00,2026-02-28T06:00:00+01:00,1,mg,given,Nurse Kowalska,nurse,pump stopped
            MRN-102,oxycodone,oral,2026-02-28T10:00:00+01:00,scheduled,2026-02-28T10:00:00+01:00,,5,mg,given,Nurse Kowalska,nurse,
            MRN-102,oxycodone,oral,2026-02-28T10:00:00+01:00,scheduled,2026-02-28T14:00:00+01:00,,5,mg,given,Nurse Kowalska,nurse,
            MRN-102,oxycodone,oral,2026-02-28T10:00:00+01:00,scheduled,2026-02-28T18:00:00+01:00,,5,mg,refused,Nurse Adeyemi,nurse,nausea
            MRN-102,oxycodone,oral,2026-02-28T10:00:00+01:00,scheduled,2026-02-28T22:00:00+01:00,,5,mg,given,Nurse Adeyemi,nurse,
            MRN-102,oxycodone,oral,2026-02-28T10:00:00+01:00,scheduled,2026-03-01T06:00:00+01:00,,5,mg,given,Nurse Adeyemi,nurse,
            """;

    static final String FINDINGS = """
            patient_id,recorded_at,recorded_by,role,finding,side,value,note
            MRN-101,2026-02-27T22:40:00+01:00,Nurse Adeyemi,nurse,myoclonus.jerk_count,,4,
            MRN-101,2026-02-27T22:40:00+01:00,Nurse Adeyemi,nurse,myoclonus.window_minutes,,10,
            """;

    private SyntheticMar() {
    }

    /** Writes the ward's four files into {@code folder} and returns it. */
    static Path writeTo(Path folder) {
        SyntheticWard.writeFiles(folder, PATIENTS, MEDICATIONS, FINDINGS);
        SyntheticWard.write(folder, "administrations.csv", ADMINISTRATIONS);
        return folder;
    }
}
