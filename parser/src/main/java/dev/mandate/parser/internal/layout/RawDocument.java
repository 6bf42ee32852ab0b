package dev.mandate.parser.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What the layout stage found: title, notes (the document's, then those bracketed in unit lists), raw measures, and
 * whether the source shows type for any unit list.
 */
public final class RawDocument {
  private final String title;
  private final ImmutableList<String> notes;
  private final ImmutableList<RawMeasure> measures;
  private final boolean typed;

  RawDocument(String title, List<String> notes, List<RawMeasure> measures, boolean typed) {
    this.title = title;
    this.notes = ImmutableList.copyOf(notes);
    this.measures = ImmutableList.copyOf(measures);
    this.typed = typed;
  }

  /** The title, or null. */
  public String title() {
    return title;
  }

  public ImmutableList<String> notes() {
    return notes;
  }

  public ImmutableList<RawMeasure> measures() {
    return measures;
  }

  /** Whether the source shows type (bold or not) for any measure's unit lists: HTML and Word do, text does not. */
  public boolean typed() {
    return typed;
  }
}
