/**
 * The IATI bridge: {@link org.migov.iati.IatiReader} reads IATI 2.0x activity files, one activity
 * at a time, into migov {@link org.migov.core.programme.Programme}s with the organisations they
 * name and what could not be mapped. Work in progress: writing, checks and the full mapping come
 * later (docs/iati.md says what is mapped).
 */
package org.migov.iati;
