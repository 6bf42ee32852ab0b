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
package dev.mandate.parser.targets;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What an extractor gets for one measure: its text and what the parser knows around it. */
public interface TargetContext {

  /** The measure's text, exactly as it will appear in {@link dev.mandate.model.Measure#text()}. */
  String text();

  /**
   * The text folded for matching: full-width ASCII made ASCII ({@code ４８％} → {@code 48%}), traditional characters
   * of the parser's vocabulary made simplified. Same length as {@link #text()}, so offsets carry over.
   */
  String foldedText();

  /** The measure's 1-based id. */
  int measureId();

  /** The heading path above the measure. */
  List<String> section();

  /** The input's file name, if it has one. */
  Optional<String> source();

  /** The units of measure the parser knows (built-in and added on the builder), folded. */
  Set<String> unitsOfMeasure();

  /**
   * The number that starts at {@code offset} of the text, read with the parser's numeral grammar: Arabic with
   * decimals and thousands separators, full-width digits, Chinese numerals ({@code 一千二百三十四}, {@code 两千},
   * {@code 壹拾万零叁仟}), mixed forms ({@code 4.8万}), {@code 百分之九十}.
   */
  Optional<NumberMatch> numberAt(int offset);

  /**
   * The context of a measure whose text is {@code text} alone — measure 1, no section, no source, the built-in units
   * of measure — as the parser would give it: for testing an extractor without parsing a document.
   */
  static TargetContext of(String text) {
    return of(text, List.of(), null);
  }

  /**
   * The context of measure 1 with this text, under these headings, from this source (null for none), with the
   * built-in units of measure.
   */
  static TargetContext of(String text, List<String> section, String source) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(section, "section");
    return new dev.mandate.parser.internal.MeasureContext(text, dev.mandate.parser.internal.text.Fold.fold(text), 1,
        com.google.common.collect.ImmutableList.copyOf(section), Optional.ofNullable(source),
        dev.mandate.parser.internal.quantity.UnitsOfMeasure.with(List.of()).units());
  }
}
