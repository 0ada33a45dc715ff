/**
 * The migov reference catalog: {@link org.migov.catalog.ReferenceCatalog#load()} returns the
 * public facts of the project's seed texts (IOM, UNODC, Italy's Migration Fund, the EU project
 * ASIT) as one immutable {@link org.migov.core.dataset.Dataset}.
 */
package org.migov.catalog;
