package dev.mandate.model;

/** The part a unit plays in a measure. */
public enum Role {
  /** The unit leads the measure (牵头, 主办). */
  LEAD,
  /** The unit supports the lead (配合, 协办, 参与, and every other listed unit). */
  SUPPORT
}
