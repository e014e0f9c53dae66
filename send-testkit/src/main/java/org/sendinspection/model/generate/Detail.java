package org.sendinspection.model.generate;

/** How much a generated record knows of its weaknesses and revisit outcomes. */
public enum Detail {
  /** Each weakness with its statement and theme, and each revisit outcome per weakness, as letters give them. */
  PER_WEAKNESS,
  /** Only the numbers, as Ofsted's official statistics give them. */
  COUNTS_ONLY
}
