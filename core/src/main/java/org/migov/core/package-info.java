/**
 * The vocabulary shared by every migov package: entity ids and kinds, codelists with stable
 * codes, and the exception for values that cannot be represented.
 */
package org.migov.core;
