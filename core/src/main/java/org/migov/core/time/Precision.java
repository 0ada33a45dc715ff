package org.migov.core.time;

/** How precisely a {@link PartialDate} is known. */
public enum Precision implements org.migov.core.CodedEnum {
  /** Known to the year: {@code 1951}. */
  YEAR,
  /** Known to the month: {@code 2007-03}. */
  MONTH,
  /** Known to the day: {@code 2024-07-02}. */
  DAY
}
