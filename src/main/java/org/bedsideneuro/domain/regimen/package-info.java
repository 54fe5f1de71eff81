/**
 * The opioid regimen and adjuvants: medication orders over time, and the morphine milligram equivalent (MME)
 * arithmetic on them: {@link org.bedsideneuro.domain.regimen.DrugCatalog} (opioid or adjuvant),
 * {@link org.bedsideneuro.domain.regimen.MmeTable} (CDC 2022 factors and parenteral estimates, each with its source),
 * {@link org.bedsideneuro.domain.regimen.ParenteralPreset} and {@link org.bedsideneuro.domain.regimen.ParenteralFactors}
 * (the ward's parenteral table: a published preset or a custom one, and who chose it when),
 * {@link org.bedsideneuro.domain.regimen.DailyMme} (daily and current MME, with every order that was not counted
 * listed, never silently zero), {@link org.bedsideneuro.domain.regimen.AdministrationRules} (what may go on the
 * medication administration record under an order) and {@link org.bedsideneuro.domain.regimen.OpioidRotation} (a
 * proposal for the clinician to confirm). Definitions: shared/clinical-reference.md section 6. Pure Java.
 */
package org.bedsideneuro.domain.regimen;
