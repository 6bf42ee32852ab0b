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
package dev.mandate.model;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parsed task-allocation document: its measures in document order, document-level notes, and the diagnostics the
 * parser recorded. Immutable and thread-safe. Serialised as {@code mandate/1} JSON by the parser module.
 */
@Value.Immutable
public abstract class Document {

  /** The input's file name, or empty for text given in memory. */
  public abstract Optional<String> source();

  /** The document's title where the text carries one. */
  public abstract Optional<String> title();

  /** Document-level remarks that are neither measures nor units ({@code 字体加粗者为牵头部门,下同}). */
  public abstract List<String> notes();

  /** Every measure in document order; ids run 1..n. */
  public abstract List<Measure> measures();

  /** What was odd but survivable in the input, in input order. */
  public abstract List<Diagnostic> diagnostics();

  /**
   * The measures a unit leads. {@code name} is matched against each lead's name as written, its restored name, its
   * alias and its {@link Unit#canonical() canonical name}.
   */
  public final List<Measure> measuresLedBy(String name) {
    Preconditions.checkNotNull(name, "name");
    return measures().stream()
        .filter(m -> m.leads().stream().anyMatch(u -> names(u, name)))
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean names(Unit u, String name) {
    return u.name().equals(name)
        || u.restoredName().filter(name::equals).isPresent()
        || u.alias().filter(name::equals).isPresent()
        || u.canonical().equals(name);
  }

  /**
   * Every distinct unit (by name as written), in order of first appearance, with how many measures it leads and
   * supports. A unit named twice in one measure is counted once per role.
   */
  public final List<UnitSummary> units() {
    Map<String, int[]> tally = new LinkedHashMap<>();
    for (Measure m : measures()) {
      Map<String, boolean[]> seen = new LinkedHashMap<>();
      for (Responsibility r : m.responsibilities()) {
        boolean[] roles = seen.computeIfAbsent(r.unit().name(), k -> new boolean[2]);
        roles[r.role().ordinal()] = true;
      }
      seen.forEach((name, roles) -> {
        int[] t = tally.computeIfAbsent(name, k -> new int[2]);
        t[0] += roles[0] ? 1 : 0;
        t[1] += roles[1] ? 1 : 0;
      });
    }
    ImmutableList.Builder<UnitSummary> out = ImmutableList.builder();
    tally.forEach((name, t) ->
        out.add(ImmutableUnitSummary.builder().name(name).leads(t[0]).supports(t[1]).build()));
    return out.build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}; {@code build()} checks the invariants and throws {@link IllegalArgumentException} or
   * {@link IllegalStateException} when they fail. */
  public static class Builder extends ImmutableDocument.Builder {}

  @Value.Check
  protected void check() {
    List<Measure> ms = measures();
    for (int i = 0; i < ms.size(); i++) {
      Preconditions.checkArgument(
          ms.get(i).id() == i + 1, "measure ids must run 1..n in order: position %s has id %s", i + 1, ms.get(i).id());
    }
  }
}
