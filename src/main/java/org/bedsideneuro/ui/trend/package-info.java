/**
 * The Trend tab, the flag banner of the patient page and the ward's "Flags" column. The lanes are built off the FX
 * thread by the pure {@link org.bedsideneuro.domain.trend.TrendSeriesBuilder} and
 * {@link org.bedsideneuro.domain.trend.TrendLanesBuilder}; the view draws them as light shapes (paths, rectangles,
 * labels styled by the theme), not as charts, one lane under the other on one time axis, fitted to the screen's
 * height. One crosshair runs through all lanes; its readout comes from the pure
 * {@link org.bedsideneuro.domain.trend.TrendReadout}, and a click on a value opens its exam in the History tab.
 */
package org.bedsideneuro.ui.trend;
