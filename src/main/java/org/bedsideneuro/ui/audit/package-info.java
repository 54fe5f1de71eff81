/** The audit trail of a patient in the window: who inserted, amended or withdrew what, and when (issue #7). */
package org.bedsideneuro.ui.audit;
