/**
 * Exams and observations: findings recorded together by one clinician at one time, with amendments that keep
 * every earlier version. Pure Java.
 */
package org.bedsideneuro.domain.exam;
