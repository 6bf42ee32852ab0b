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
package dev.mandate.beam;

import com.google.common.base.Preconditions;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.targets.TargetExtractor;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a {@link MandateParser} is built from, in a form that travels to the workers: a parser is not serializable, so
 * each worker builds its own from these settings ({@link #build()}). Immutable; every {@code with} gives a copy. A
 * {@code null} limit means the parser's default.
 */
final class ParserSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  private Integer maxInput;
  private Long maxExpanded;
  private Integer maxTableCells;
  private Long maxTableText;
  private Integer maxLineLength;
  private Integer maxDiagnostics;
  private boolean builtInTargets = true;
  private boolean discoverExtractors;
  private boolean discoverFormats = true;
  private ArrayList<String> unitsOfMeasure = new ArrayList<>();
  private ArrayList<Class<? extends TargetExtractor>> extractors = new ArrayList<>();

  ParserSettings() {}

  private ParserSettings(ParserSettings o) {
    maxInput = o.maxInput;
    maxExpanded = o.maxExpanded;
    maxTableCells = o.maxTableCells;
    maxTableText = o.maxTableText;
    maxLineLength = o.maxLineLength;
    maxDiagnostics = o.maxDiagnostics;
    builtInTargets = o.builtInTargets;
    discoverExtractors = o.discoverExtractors;
    discoverFormats = o.discoverFormats;
    unitsOfMeasure = new ArrayList<>(o.unitsOfMeasure);
    extractors = new ArrayList<>(o.extractors);
  }

  /** A copy with {@code change} made to it, checked by building a parser from it. */
  private ParserSettings with(Consumer<ParserSettings> change) {
    ParserSettings copy = new ParserSettings(this);
    change.accept(copy);
    copy.build(); // the builder's own checks, while the pipeline is being built rather than on a worker
    return copy;
  }

  ParserSettings maxInput(int max) {
    return with(s -> s.maxInput = max);
  }

  ParserSettings maxExpanded(long max) {
    return with(s -> s.maxExpanded = max);
  }

  ParserSettings maxTableCells(int max) {
    return with(s -> s.maxTableCells = max);
  }

  ParserSettings maxTableText(long max) {
    return with(s -> s.maxTableText = max);
  }

  ParserSettings maxLineLength(int max) {
    return with(s -> s.maxLineLength = max);
  }

  ParserSettings maxDiagnostics(int max) {
    return with(s -> s.maxDiagnostics = max);
  }

  ParserSettings builtInTargets(boolean on) {
    return with(s -> s.builtInTargets = on);
  }

  ParserSettings discoverExtractors(boolean on) {
    return with(s -> s.discoverExtractors = on);
  }

  ParserSettings discoverFormats(boolean on) {
    return with(s -> s.discoverFormats = on);
  }

  ParserSettings unitsOfMeasure(String... words) {
    Objects.requireNonNull(words, "words");
    return with(s -> s.unitsOfMeasure.addAll(Arrays.asList(words)));
  }

  ParserSettings extractor(Class<? extends TargetExtractor> type) {
    Objects.requireNonNull(type, "type");
    Preconditions.checkArgument(Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers()),
        "a target extractor given by class must be a public concrete class, got %s", type.getName());
    try {
      type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(
          "a target extractor given by class needs a public no-argument constructor: " + type.getName(), e);
    }
    return with(s -> s.extractors.add(type));
  }

  /** The largest input in bytes the parser accepts. */
  int maxInput() {
    return maxInput == null ? MandateParser.DEFAULT_MAX_INPUT : maxInput;
  }

  /**
   * A parser with these settings.
   *
   * @throws IllegalArgumentException if the parser's builder refuses a setting, or an extractor cannot be made
   */
  MandateParser build() {
    MandateParser.Builder b = MandateParser.builder()
        .builtInTargets(builtInTargets)
        .discoverExtractors(discoverExtractors)
        .discoverFormats(discoverFormats);
    if (maxInput != null) {
      b.maxInput(maxInput);
    }
    if (maxExpanded != null) {
      b.maxExpanded(maxExpanded);
    }
    if (maxTableCells != null) {
      b.maxTableCells(maxTableCells);
    }
    if (maxTableText != null) {
      b.maxTableText(maxTableText);
    }
    if (maxLineLength != null) {
      b.maxLineLength(maxLineLength);
    }
    if (maxDiagnostics != null) {
      b.maxDiagnostics(maxDiagnostics);
    }
    if (!unitsOfMeasure.isEmpty()) {
      b.unitOfMeasure(unitsOfMeasure.toArray(new String[0]));
    }
    for (Class<? extends TargetExtractor> type : extractors) {
      b.extractor(instantiate(type));
    }
    return b.build();
  }

  private static TargetExtractor instantiate(Class<? extends TargetExtractor> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("target extractor " + type.getName() + " failed to construct: "
          + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("target extractor " + type.getName() + " cannot be constructed: " + e, e);
    }
  }
}
