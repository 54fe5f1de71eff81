/**
 * Trends and flags: decision support, not diagnoses (shared/clinical-reference.md section 7). Each
 * {@link org.bedsideneuro.domain.trend.FlagRule} (one class per rule) checks a patient's current exams, orders and daily
 * MME; {@link org.bedsideneuro.domain.trend.FlagEngine} turns the checks into {@link org.bedsideneuro.domain.trend.Flag}s:
 * a flag fires on the date its rule first holds and fires again only after the rule has stopped holding.
 * Rules that compare with a baseline are checked per finding and side (the baseline is per finding and side), so a
 * worsening on the left and one on the right are two flags.
 * {@link org.bedsideneuro.domain.trend.TrendSeriesBuilder} turns a {@link org.bedsideneuro.domain.trend.PatientCourse}
 * into what the trend view draws for a period, thinned by {@link org.bedsideneuro.domain.trend.Thinning} (LTTB that
 * never drops a flagged point or an extreme). Pure Java.
 */
package org.bedsideneuro.domain.trend;
