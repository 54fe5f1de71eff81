/**
 * Composite scores computed from recorded findings: the MRC sum score (Kleyweg 1991), BedsideNeuro's own distal
 * motor score (not validated, labelled so) and a deep-tendon-reflex summary. A score with any missing item is
 * "not computable" and lists what is missing; it is never a partial number (shared/clinical-reference.md section 1).
 * Scores are recomputed from findings, never stored as findings. Pure Java.
 */
package org.bedsideneuro.domain.score;
