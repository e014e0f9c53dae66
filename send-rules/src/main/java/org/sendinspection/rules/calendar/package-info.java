/**
 * Working days: the {@link org.sendinspection.rules.calendar.WorkingDayCalendar} that counts the 70
 * working days a written statement of action is due within, and the dated, cited table of England
 * and Wales public holidays it starts from ({@link org.sendinspection.rules.calendar.EnglandAndWalesHolidays}).
 *
 * <p>A calendar covers a stated range of years and refuses to count outside it rather than guess; a
 * user extends it with {@link org.sendinspection.rules.calendar.WorkingDayCalendar#with}.
 */
package org.sendinspection.rules.calendar;
