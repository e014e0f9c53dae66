/**
 * Tables of text cells read from CSV and .xlsx files, located by their header row, with typed access
 * to a row's cells that reports each unreadable cell as an
 * {@link org.sendinspection.data.ofsted.ImportProblem} instead of guessing: shared by the readers of
 * the 2023-framework data sets.
 */
package org.sendinspection.data.table;
