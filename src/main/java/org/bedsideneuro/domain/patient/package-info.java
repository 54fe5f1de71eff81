/** Patients, identified by their hospital record number (MRN). */
package org.bedsideneuro.domain.patient;
