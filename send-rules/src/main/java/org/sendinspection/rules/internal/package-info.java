/**
 * What the rules of every framework share and no user of the library needs: dates resolved under the
 * policy for disputed dates, the wording of reasons, and the conclusion of where a journey stands.
 *
 * <p>Not part of the library's API: it may change in any release.
 */
package org.sendinspection.rules.internal;
