/** RFC 9457 problem details for the request bodies migov refuses: {@link org.migov.problems.MigovProblem}. */
package org.migov.problems;
