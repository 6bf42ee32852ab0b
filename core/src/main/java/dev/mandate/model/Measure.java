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
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One measure (具体措施, 工作任务, 重点任务) of a document, with who is responsible for it and what it commits to.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measure {

  /** 1-based position in the document. */
  public abstract int id();

  /** The heading path above the measure, outermost first; empty where the document has no headings. */
  public abstract List<String> section();

  /** The measure's own text as written, trimmed, without responsibility clause, deadline column or markup. */
  public abstract String text();

  /** One entry per responsible unit, in the order written. */
  public abstract List<Responsibility> responsibilities();

  /** The quantitative targets stated in {@link #text()}, in text order. */
  public abstract List<Target> targets();

  /** The completion deadline as written ({@code 年内}, {@code 6月底前}), where there is one. */
  public abstract Optional<String> deadline();

  /** The 1-based input line the measure starts on, where known. */
  public abstract OptionalInt line();

  /** The units that lead this measure, in the order written. */
  public final List<Unit> leads() {
    return units(Role.LEAD);
  }

  /** The units that support this measure, in the order written. */
  public final List<Unit> supports() {
    return units(Role.SUPPORT);
  }

  /**
   * The part the agency of this {@link Unit#canonical() canonical name} plays in this measure: {@link Role#LEAD} if
   * any unit of that name leads it, else {@link Role#SUPPORT} if one supports it, else empty.
   */
  public final Optional<Role> role(String canonical) {
    Preconditions.checkNotNull(canonical, "canonical");
    Role found = null;
    for (Responsibility r : responsibilities()) {
      if (r.unit().canonical().equals(canonical)) {
        if (r.isLead()) {
          return Optional.of(Role.LEAD);
        }
        found = Role.SUPPORT;
      }
    }
    return Optional.ofNullable(found);
  }

  private List<Unit> units(Role role) {
    return responsibilities().stream()
        .filter(r -> r.role() == role)
        .map(Responsibility::unit)
        .collect(ImmutableList.toImmutableList());
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measure}; {@code build()} checks the invariants and throws {@link IllegalArgumentException} or
   * {@link IllegalStateException} when they fail. */
  public static class Builder extends ImmutableMeasure.Builder {}

  @Value.Check
  protected void check() {
    Preconditions.checkArgument(id() >= 1, "measure id must be >= 1, got %s", id());
    Preconditions.checkArgument(!text().isBlank(), "measure %s has blank text", id());
    int previousEnd = -1;
    for (Target t : targets()) {
      Span s = t.span();
      Preconditions.checkArgument(
          s.end() <= text().length() && s.slice(text()).equals(t.text()),
          "measure %s: target '%s' at %s does not match its text", id(), t.text(), s);
      Preconditions.checkArgument(
          s.start() >= previousEnd, "measure %s: targets overlap or are out of order at %s", id(), s);
      previousEnd = s.end();
    }
    deadline().ifPresent(d -> Preconditions.checkArgument(!d.isBlank(), "measure %s has a blank deadline", id()));
  }
}
