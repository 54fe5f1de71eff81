/**
 * The ward screen: the ward's patients in a table with search-as-you-type, adding and editing a patient, and
 * opening one. {@link org.bedsideneuro.ui.ward.WardViewModel} and
 * {@link org.bedsideneuro.ui.ward.PatientFormViewModel} hold the rules and are tested without a window; the views
 * only bind to them.
 */
package org.bedsideneuro.ui.ward;
