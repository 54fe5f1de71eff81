/**
 * The Regimen tab of the patient page: the medication orders with each order's daily MME or why it is not
 * counted, the current daily MME, and the actions that change the regimen: add, stop, change (stop one order and start
 * another in one transaction) and opioid rotation (the app proposes the reduced equianalgesic dose from
 * {@link org.bedsideneuro.domain.regimen.OpioidRotation}, the clinician confirms or edits it, saving stops the old order
 * and starts the new one in one transaction). The MME table with its sources is one click away. View models hold the
 * rules and are tested without a window; the views only bind.
 */
package org.bedsideneuro.ui.regimen;
