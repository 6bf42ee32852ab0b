package dev.mandate.parser;

import dev.mandate.model.Basis;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Role;

/** Compact test notation for a responsibility: 市教育局/LF (lead, first listed), /LM (marked), /LB (bold), /S. */
public final class Shown {
  private Shown() {}

  public static String of(Responsibility r) {
    String s = r.unit().name() + "/" + r.role().name().charAt(0);
    if (r.role() == Role.LEAD) {
      s += r.basis().get() == Basis.FIRST_LISTED ? "F" : r.basis().get() == Basis.MARKED ? "M" : "B";
    }
    return s;
  }
}
