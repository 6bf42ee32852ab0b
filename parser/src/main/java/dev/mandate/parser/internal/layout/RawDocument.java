/*
 * Copyright 2026 Mandate developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
