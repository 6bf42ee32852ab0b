package dev.mandate.parser.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** What the layout stage found: title, document notes, raw measures. */
public final class RawDocument {
  private final String title;
  private final ImmutableList<String> notes;
  private final ImmutableList<RawMeasure> measures;

  RawDocument(String title, List<String> notes, List<RawMeasure> measures) {
    this.title = title;
    this.notes = ImmutableList.copyOf(notes);
    this.measures = ImmutableList.copyOf(measures);
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
}
