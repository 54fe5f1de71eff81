/** The audit trail of a patient in the window: who inserted, amended or withdrew what, and when. */
package org.bedsideneuro.ui.audit;
