/**
 * "Who is recording?": the first screen. The clinician gives a name and a role and gets a
 * {@link org.bedsideneuro.domain.clinician.Clinician} (found or created), which every record made afterwards carries.
 * This is a seam until real accounts exist: the rest of the UI only ever receives a {@code Clinician}, so an
 * account login can replace this package without touching the other screens.
 */
package org.bedsideneuro.ui.login;
