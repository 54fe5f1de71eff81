/**
 * The nurse's quick observation: the observation form (jerk count and window with the rate shown live,
 * distribution, body regions, OIN items, "no myoclonus seen" in one action, drafts kept as typed, amendments), the
 * ward overview columns (last observation, rate and its direction, due and warning marks) and the patient's
 * observation timeline. Plugged into the main window through its seams by {@link org.bedsideneuro.ui.observation.ObservationFeature}.
 * The rules (schedule, direction, warnings, thinning) live in the domain; these classes only show them.
 */
package org.bedsideneuro.ui.observation;
