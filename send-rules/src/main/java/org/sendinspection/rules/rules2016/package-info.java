/**
 * The rules of the 2016 framework, the joint Ofsted/CQC "local area SEND inspection": one class per
 * rule, each with its identifier and sources, all listed in {@link org.sendinspection.rules.rules2016.Framework2016}.
 *
 * <p>Every rule reads the inspection through {@link org.sendinspection.rules.rules2016.InspectionFacts},
 * which resolves disputed dates under the settings' policy and records every assumption, so that a
 * reason can name them. Every rule works on weaknesses and revisit outcomes recorded in detail and on
 * those known only as counts; where it needs detail the record lacks, it says so.
 */
package org.sendinspection.rules.rules2016;
