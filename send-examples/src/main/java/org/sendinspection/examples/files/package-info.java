/** Moving finished outputs into place and clearing away what an unfinished one left, for every command. */
package org.sendinspection.examples.files;
