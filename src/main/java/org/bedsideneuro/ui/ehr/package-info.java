/**
 * Reading from the hospital's EHR in the window: the EHR server chosen for this computer (Settings, EHR server…), and
 * "Update from the EHR" on the patient page and for the whole ward, which reads the record off the FX thread, shows
 * what would change (new orders, doses and eGFR values; what is not imported and why; problems by resource and
 * element) and applies it only on confirmation. View models hold no Nodes and are tested without a window.
 */
package org.bedsideneuro.ui.ehr;
