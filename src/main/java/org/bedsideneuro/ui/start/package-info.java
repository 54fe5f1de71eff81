/**
 * How a computer's first start begins and how the demo ward is reached: the welcome screen of a fresh data folder
 * (explore the demo ward, or set up this ward), and, in the window, the demo's banner and menu (leave the demo, reset
 * it; from a ward, explore it). The demo ward always has a database of its own
 * (docs/decisions/0001-demo-in-its-own-database.md); these screens only ask the shell to switch.
 */
package org.bedsideneuro.ui.start;
