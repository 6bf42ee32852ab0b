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
package dev.mandate.parser.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.mandate.parser.internal.quantity.Numeral;
import dev.mandate.parser.internal.quantity.NumeralGrammar;
import dev.mandate.parser.targets.NumberMatch;
import dev.mandate.parser.targets.TargetContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@link TargetContext} of one measure. */
public final class MeasureContext implements TargetContext {
  private final String text;
  private final String folded;
  private final int id;
  private final ImmutableList<String> section;
  private final Optional<String> source;
  private final ImmutableSet<String> units;

  public MeasureContext(String text, String folded, int id, ImmutableList<String> section, Optional<String> source,
      ImmutableSet<String> units) {
    this.text = text;
    this.folded = folded;
    this.id = id;
    this.section = section;
    this.source = source;
    this.units = units;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public String foldedText() {
    return folded;
  }

  @Override
  public int measureId() {
    return id;
  }

  @Override
  public List<String> section() {
    return section;
  }

  @Override
  public Optional<String> source() {
    return source;
  }

  @Override
  public Set<String> unitsOfMeasure() {
    return units;
  }

  /** A context for a text alone (tests, benchmarks): measure 1, no section, no source, no units. */
  public static MeasureContext of(String text) {
    return new MeasureContext(text, dev.mandate.parser.internal.text.Fold.fold(text), 1, ImmutableList.of(),
        Optional.empty(), ImmutableSet.of());
  }

  @Override
  public Optional<NumberMatch> numberAt(int offset) {
    if (offset < 0 || offset >= folded.length()) {
      return Optional.empty();
    }
    Numeral n = NumeralGrammar.read(folded, offset);
    return n == null ? Optional.empty()
        : Optional.of(n.toMatch());
  }
}
