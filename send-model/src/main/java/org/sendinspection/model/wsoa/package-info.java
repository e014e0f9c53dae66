/**
 * Written statements of action under the 2016 framework: HMCI's requirement, submissions, Ofsted and
 * CQC's evaluations, and the statement's coded actions (Children Act 2004 (Joint Area Reviews)
 * Regulations 2015, regulation 4).
 */
package org.sendinspection.model.wsoa;
