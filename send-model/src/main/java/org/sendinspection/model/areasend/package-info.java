/**
 * The 2023 framework, the "area SEND inspection" of local area partnerships (from 1 January 2023):
 * outcomes, areas for improvement, areas for priority action with their responsible bodies, and
 * monitoring inspections.
 */
package org.sendinspection.model.areasend;
