/** Revisits under the 2016 framework and what they decided for each significant weakness. */
package org.sendinspection.model.revisit;
