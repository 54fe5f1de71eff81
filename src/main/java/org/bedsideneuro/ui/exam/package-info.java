/**
 * The bedside exam form and the exam flowsheet, plugged into the patient page by {@link
 * org.bedsideneuro.ui.exam.ExamFeature} through its action bar and tabs.
 *
 * <p>{@code ExamFormViewModel} holds every rule and is tested without a window: cells typed as text
 * ({@code TypedValue}: "4+", "4-", unique word starts, never a silent drop), rules across cells ({@code FormRules}: a
 * reflex 0 only after reinforcement, L/R asymmetry), comparison with baseline and last exam (domain
 * {@code Comparison}), live scores ({@code ExamScores}), drafts ({@code ExamDrafts}) and database work
 * ({@code ExamFormStore}, through the BackgroundRunner). Views ({@code ExamFormView}, {@code SectionView},
 * {@code FieldCell}, {@code FlowsheetView}) only bind and move the keyboard ({@code CellNavigation}).
 *
 * <p>Scores are not stored as numbers of their own: they are recomputed from the exam's stored findings wherever the
 * exam is shown, so they cannot disagree with them (domain.score).
 */
package org.bedsideneuro.ui.exam;
