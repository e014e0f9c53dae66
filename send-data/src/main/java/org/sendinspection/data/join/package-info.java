/**
 * One record per local area from many inputs: records of the same area merged with every claim kept,
 * and the national dataset joined from Ofsted's three data sets across both frameworks.
 */
package org.sendinspection.data.join;
