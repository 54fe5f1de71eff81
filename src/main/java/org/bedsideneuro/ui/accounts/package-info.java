/**
 * The administrator's screen: accounts added, disabled and enabled, passwords reset
 * (a change is then forced at the next login), roles set, and the access log per patient and per user. Only offered
 * to administrators; the repositories refuse anyone else.
 */
package org.bedsideneuro.ui.accounts;
