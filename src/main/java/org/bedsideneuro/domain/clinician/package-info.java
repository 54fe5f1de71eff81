/** Clinicians and their roles. A clinician is an entity with an id; records never carry a free-text name. */
package org.bedsideneuro.domain.clinician;
