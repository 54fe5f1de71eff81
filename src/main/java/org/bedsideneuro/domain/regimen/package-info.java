/** The opioid regimen and adjuvants: medication orders over time. MME arithmetic lives here too. Pure Java. */
package org.bedsideneuro.domain.regimen;
