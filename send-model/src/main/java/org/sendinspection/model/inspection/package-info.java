/**
 * Inspections under each framework, their findings (strengths, areas for development, significant
 * weaknesses) and the vocabulary they are tagged with (framework questions, themes).
 */
package org.sendinspection.model.inspection;
