/**
 * Plumbing every screen shares: running database work off the FX thread ({@link org.bedsideneuro.ui.common.BackgroundRunner}),
 * turning failures into calm, plain-language notices ({@link org.bedsideneuro.ui.common.Notice},
 * {@link org.bedsideneuro.ui.common.NoticeArea}), date and age formatting, and the theme stylesheet.
 */
package org.bedsideneuro.ui.common;
