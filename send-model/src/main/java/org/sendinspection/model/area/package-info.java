/** The local area and its partners (the local authority and health commissioners) over time. */
package org.sendinspection.model.area;
