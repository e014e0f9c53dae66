/**
 * The rules of the 2023 framework, the Ofsted/CQC "area SEND inspection" of local area partnerships
 * (from 1 January 2023): one class per rule, each with its identifier and sources, all listed in
 * {@link org.sendinspection.rules.rules2023.Framework2023}.
 *
 * <p>Every rule reads the inspection through {@link org.sendinspection.rules.rules2023.AreaSendFacts},
 * which resolves disputed dates under the settings' policy, takes the partnership's receipt of the
 * report (its publication unless the record says otherwise) as the date the periods count from, and
 * turns each "approximately" of the framework into an {@link
 * org.sendinspection.rules.rules2023.InspectionWindow} whose width is a setting. The hand-over from the
 * 2016 framework is a rule of its own: a 2023 inspection closes the journey of the inspection before it.
 */
package org.sendinspection.rules.rules2023;
