package org.sendinspection.rules.calendar;

/**
 * Why a weekday is not a working day.
 *
 * <p>The 2005 Joint Area Reviews Regulations define a working day as any day other than a Saturday, a
 * Sunday, Christmas Day, Good Friday or a bank holiday in England and Wales under the Banking and
 * Financial Dealings Act 1971. Christmas Day and Good Friday are common law holidays, not bank
 * holidays under that Act, which is why the definition names them separately.
 */
public enum HolidayKind {
  /** Christmas Day or Good Friday: a common law holiday, named separately in the definition. */
  COMMON_LAW_HOLIDAY,
  /** A bank holiday in England and Wales: under Schedule 1 to the 1971 Act, or a substitute day. */
  BANK_HOLIDAY,
  /** A one-off bank holiday appointed by royal proclamation under section 1(3) of the 1971 Act. */
  PROCLAIMED_BANK_HOLIDAY
}
