/**
 * The bundled directory of England's local areas since May 2016: codes, names as the data sets write
 * them, Ofsted regions, and the reorganisations that linked old areas to new ones.
 */
package org.sendinspection.model.area.directory;
