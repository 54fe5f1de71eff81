/**
 * What leaves the app from the window: the progress summary as PDF or on paper, the exchange-format
 * CSV of a patient or the ward, and the FHIR Bundle. The view model takes paths; the views only choose them.
 */
package org.bedsideneuro.ui.export;
