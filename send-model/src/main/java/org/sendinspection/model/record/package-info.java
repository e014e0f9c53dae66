/** The area record: one local area with all its inspections, the unit tools exchange and rules read. */
package org.sendinspection.model.record;
