/**
 * The Trend tab, the flag banner of the patient page and the ward's "Flags" column (issue #5). The series are built
 * off the FX thread by the pure {@link org.bedsideneuro.domain.trend.TrendSeriesBuilder} (thinned, flags and extremes
 * kept); the view draws stacked JavaFX charts that share one time axis (same x range, same y-axis width, so the plot
 * areas line up), without point symbols beyond a few hundred points (shared/engineering-notes.md). Hovering a point
 * shows its value, who recorded it and when; clicking it opens that exam in the History tab.
 */
package org.bedsideneuro.ui.trend;
