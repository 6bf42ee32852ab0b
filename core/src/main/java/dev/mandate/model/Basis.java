package dev.mandate.model;

/** Why a unit is taken as a measure's lead; every {@link Role#LEAD} responsibility carries one. */
public enum Basis {
  /** The source shows the lead in bold type (HTML, DOCX). */
  BOLD,
  /** The text says so: 牵头, 牵头单位, 主办单位. */
  MARKED,
  /** Nothing marks a lead, so the first listed unit is taken, the usual convention. */
  FIRST_LISTED
}
