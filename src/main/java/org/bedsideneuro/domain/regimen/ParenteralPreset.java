package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.util.List;
import org.bedsideneuro.domain.finding.Coded;

/**
 * The published parenteral factor tables a hospital may choose from (shared/clinical-reference.md section 6, "parenteral
 * factor presets"): MME per mg or mcg of morphine, hydromorphone, fentanyl and oxymorphone given iv, sc or im. The CDC
 * 2022 table has no parenteral factors and published hospital tables disagree by up to three times, so the choice is
 * the hospital's. A drug and route a preset has no factor for is not counted (never counted as zero).
 */
public enum ParenteralPreset implements Coded {
    /** Section 6, column "BedsideNeuro default": the usual 3 mg oral : 1 mg parenteral morphine ratio. */
    DEFAULT("default", "BedsideNeuro default", List.of(
            all("morphine", DoseUnit.MG, "3", Sources.DEFAULT),
            all("hydromorphone", DoseUnit.MG, "20", Sources.DEFAULT),
            all("fentanyl", DoseUnit.MCG, "0.3", Sources.DEFAULT))),
    // oxymorphone: none in the default column (not counted)

    /** Section 6, column "NCI PDQ". */
    NCI_PDQ("nci-pdq", "NCI PDQ", List.of(
            all("morphine", DoseUnit.MG, "3", Sources.NCI_PDQ),
            all("hydromorphone", DoseUnit.MG, "15", Sources.NCI_PDQ),
            all("fentanyl", DoseUnit.MCG, "0.3", Sources.NCI_PDQ),
            all("oxymorphone", DoseUnit.MG, "30", Sources.NCI_PDQ))),

    /** Section 6, column "Treillet 2018 / CDC 2018 file": morphine iv and im 3 but sc 2. */
    TREILLET_2018("treillet-2018", "Treillet 2018 / CDC 2018 file", List.of(
            List.of(factor("morphine", Route.IV, DoseUnit.MG, "3", Sources.TREILLET),
                    factor("morphine", Route.SC, DoseUnit.MG, "2", Sources.TREILLET_SC_MORPHINE),
                    factor("morphine", Route.IM, DoseUnit.MG, "3", Sources.TREILLET)),
            all("hydromorphone", DoseUnit.MG, "11", Sources.TREILLET),
            all("fentanyl", DoseUnit.MCG, "0.1", Sources.CDC_2018_FENTANYL))),
    // oxymorphone: none in the Treillet 2018 / CDC 2018 column (not counted)

    /** Section 6, column "Vanderbilt handbook". */
    VANDERBILT("vanderbilt", "Vanderbilt handbook", List.of(
            all("morphine", DoseUnit.MG, "3", Sources.VANDERBILT),
            all("hydromorphone", DoseUnit.MG, "20", Sources.VANDERBILT),
            all("fentanyl", DoseUnit.MCG, "0.3", Sources.VANDERBILT)));

    /** The parenteral routes a factor of this kind is for. */
    public static final List<Route> ROUTES = List.of(Route.IV, Route.SC, Route.IM);

    /** The drugs some preset has a parenteral factor for: what a listing shows as counted or not counted. */
    public static final List<String> DRUGS = List.of("morphine", "hydromorphone", "fentanyl", "oxymorphone");

    private final String code;
    private final String label;
    private final List<MmeFactor> factors;

    ParenteralPreset(String code, String label, List<List<MmeFactor>> factors) {
        this.code = code;
        this.label = label;
        this.factors = factors.stream().flatMap(List::stream).toList();
    }
    // oxymorphone: none in the Vanderbilt column (not counted)

    /** The published sources of section 6, as shown next to each factor on screens and printouts. */
    static final class Sources {
        static final String DEFAULT = MmeTable.PARENTERAL;
        static final String NCI_PDQ = "NCI PDQ Cancer Pain (Health Professional Version), table 3 (clinical reference section 6)";
        static final String TREILLET = "Treillet et al., J Pain Res 2018;11:2587, doi:10.2147/JPR.S170269 (clinical reference section 6)";
        static final String TREILLET_SC_MORPHINE = "Treillet 2018 / CDC 2018 column: subcutaneous morphine 2:1, as empendium/McMaster"
                + " table 1.29-1 (clinical reference section 6)";
        static final String CDC_2018_FENTANYL = "CDC 2018 MME data file: 1 mg parenteral fentanyl = 100 mg oral morphine, as its patch factor"
                + " assumes; with Treillet et al., J Pain Res 2018;11:2587 (clinical reference section 6)";
        static final String VANDERBILT = "Vanderbilt internal-medicine handbook (clinical reference section 6)";

        private Sources() {
        }
    }

    @Override public String code() { return code; }

    /** "NCI PDQ": the name screens and printouts give the table in force. */
    @Override public String label() { return label; }

    /** This preset's factors, each with its published source. */
    public List<MmeFactor> factors() {
        return factors;
    }

    /** The preset called {@code code} on the command line, or a message listing the valid names. */
    public static ParenteralPreset parse(String code) {
        return Coded.byCode(ParenteralPreset.class, code).orElseThrow(() -> new IllegalArgumentException(
                "'" + code + "' is not a parenteral factor preset; valid presets: " + Coded.allowedCodes(ParenteralPreset.class)));
    }

    private static List<MmeFactor> all(String drug, DoseUnit per, String factor, String source) {
        // ROUTES is not yet set while the constants are built (enum constants initialise first)
        return List.of(factor(drug, Route.IV, per, factor, source), factor(drug, Route.SC, per, factor, source),
                factor(drug, Route.IM, per, factor, source));
    }

    private static MmeFactor factor(String drug, Route route, DoseUnit per, String factor, String source) {
        return new MmeFactor(drug, route, per, new BigDecimal(factor), source, true);
    }
}
