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
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quantity a measure commits to: {@code 新建改扩建中小学48所} → 48 所; {@code 就业率90%以上} → at least 90 %;
 * {@code 4.8万户以上} → at least 48000 户. Immutable and thread-safe.
 *
 * <p>{@link #value()} has any Chinese multiplier applied and is kept in its shortest exact form ({@code 48000}, not
 * {@code 48000.0}), so two targets for the same number are equal. {@link #text()} is the exact substring of the
 * measure's text at {@link #span()}; {@link Measure} checks that the two agree.
 */
@Value.Immutable
public abstract class Target {

  /** The substring of the measure text that states the number, its unit and any comparator word. */
  public abstract String text();

  /** What is counted, as written nearby ({@code 新建改扩建中小学}), where it can be told. */
  public abstract Optional<String> subject();

  /** The number with multipliers applied: {@code 9万人} → 90000. For a range, the lower end. */
  public abstract BigDecimal value();

  /** The upper end of a range ({@code 2-3个} → 3); present exactly when {@link #comparator()} is RANGE. */
  public abstract Optional<BigDecimal> upper();

  /**
   * The unit of measure without multiplier: {@code 所}, {@code 人}, {@code %}, {@code 元}; absent where the text gives
   * none ({@code 在10000与20000之间}). Built from an empty string, it is absent.
   */
  public abstract Optional<String> unit();

  /** How the value bounds the quantity. */
  @Value.Default
  public Comparison comparator() {
    return Comparison.EXACT;
  }

  /** Whether the target is a change by or to the value rather than a level. */
  public abstract Optional<Change> change();

  /** Where {@link #text()} lies in the measure's text. */
  public abstract Span span();

  /** A builder; {@code build()} throws {@link IllegalArgumentException} or {@link IllegalStateException} on bad values. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}; {@code build()} checks the invariants and throws {@link IllegalArgumentException} or
   * {@link IllegalStateException} when they fail. */
  public static class Builder extends ImmutableTarget.Builder {}

  @Value.Check
  protected Target normalize() {
    Preconditions.checkArgument(!text().isEmpty(), "target text must not be empty");
    Preconditions.checkArgument(
        span().length() == text().length(),
        "span %s does not cover target text '%s' (%s chars)", span(), text(), text().length());
    upper().ifPresent(u -> Preconditions.checkArgument(
        u.compareTo(value()) >= 0, "upper %s is below value %s in '%s'", u, value(), text()));
    Preconditions.checkArgument(
        upper().isPresent() == (comparator() == Comparison.RANGE),
        "a RANGE needs an upper bound and only a RANGE has one: '%s'", text());
    BigDecimal v = canonical(value());
    Optional<BigDecimal> u = upper().map(Target::canonical);
    Optional<String> unit = unit().filter(w -> !w.isEmpty());
    if (v.equals(value()) && u.equals(upper()) && unit.equals(unit())) {
      return this;
    }
    return ImmutableTarget.builder().from(this).value(v).upper(u).unit(unit).build();
  }

  /** The shortest exact form of a number: no trailing zeros, no negative scale. */
  static BigDecimal canonical(BigDecimal n) {
    if (n.scale() == 0) {
      return n; // an integer: already canonical, and most values are
    }
    BigDecimal s = n.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
