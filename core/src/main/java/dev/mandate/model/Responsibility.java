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
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One unit's part in a measure: its {@link Role} and, for a lead, the {@link Basis} on which it is taken as lead.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Responsibility {

  /** The responsible unit. */
  public abstract Unit unit();

  /** Lead or support. */
  public abstract Role role();

  /** Why this unit leads; present exactly when {@link #role()} is {@link Role#LEAD}. */
  public abstract Optional<Basis> basis();

  /** Whether this unit leads the measure. */
  public final boolean isLead() {
    return role() == Role.LEAD;
  }

  /** A lead on the given basis. */
  public static Responsibility lead(Unit unit, Basis basis) {
    return ImmutableResponsibility.builder().unit(unit).role(Role.LEAD).basis(basis).build();
  }

  /** A supporting unit. */
  public static Responsibility support(Unit unit) {
    return ImmutableResponsibility.builder().unit(unit).role(Role.SUPPORT).build();
  }

  /** A builder, for the rare case the factories above do not fit. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Responsibility}; {@code build()} checks the invariants and throws {@link IllegalArgumentException} or
   * {@link IllegalStateException} when they fail. */
  public static class Builder extends ImmutableResponsibility.Builder {}

  @Value.Check
  protected void check() {
    Preconditions.checkArgument(
        basis().isPresent() == (role() == Role.LEAD),
        "a LEAD needs a basis and a SUPPORT has none: %s %s for %s", role(), basis(), unit().name());
  }
}
