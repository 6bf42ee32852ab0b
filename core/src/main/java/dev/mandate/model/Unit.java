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
 * A responsible organisation, as the document names it. Immutable and thread-safe.
 *
 * <p>{@link #name()} is the name as written (after list splitting and role-word removal); {@link #alias()} is a
 * bracketed second name ({@code 市委统战部(市民族宗教局)} → name {@code 市委统战部}, alias {@code 市民族宗教局});
 * {@link #restoredName()} is the full name where a list elided a shared prefix ({@code 市发改委、经贸委} → {@code 经贸委}
 * restored as {@code 市经贸委}).
 *
 * <p>{@link #canonical()} is one name for the agency however the document writes it: the parser gives
 * {@code 市发改委}, {@code 市发展改革委} and {@code 市发展和改革委员会} the one canonical name {@code 市发展改革委}, and
 * names the place where the document says which one it is ({@code 市教育局} of a document titled {@code 临沂市…} is
 * {@code 临沂市教育局}). A unit built without one has its {@link #fullName()} as canonical name.
 */
@Value.Immutable
public abstract class Unit {

  /** The name as written. */
  @Value.Parameter
  public abstract String name();

  /** A second name given in brackets after the first. */
  public abstract Optional<String> alias();

  /** The name with a prefix restored that the list left out, where one was. */
  public abstract Optional<String> restoredName();

  /** The restored name where there is one, else the name as written. */
  public final String fullName() {
    return restoredName().orElse(name());
  }

  /**
   * One name for the agency, however it is written: abbreviations expanded to the usual short form, {@code 和}/{@code 与}
   * dropped, {@code 委员会} written {@code 委}, {@code 人民政府} written {@code 政府}, a prefix the list left out
   * restored, and the place named where the document says which it is. Levels and places are never merged
   * ({@code 县教育局} and {@code 市教育局} keep their own names). Equal to {@link #fullName()} where no rule applies;
   * compare units across documents by it (see {@link Corpus}).
   */
  @Value.Default
  public String canonical() {
    return fullName();
  }

  /** A unit with just a name. */
  public static Unit of(String name) {
    return ImmutableUnit.of(name);
  }

  /** A builder for a unit with an alias or a restored name. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Unit}; {@code build()} checks the invariants and throws {@link IllegalArgumentException} or
   * {@link IllegalStateException} when they fail. */
  public static class Builder extends ImmutableUnit.Builder {}

  @Value.Check
  protected void check() {
    Preconditions.checkArgument(!name().isBlank(), "unit name must not be blank");
    alias().ifPresent(a -> Preconditions.checkArgument(!a.isBlank(), "alias must not be blank"));
    restoredName().ifPresent(a -> Preconditions.checkArgument(!a.isBlank(), "restored name must not be blank"));
    Preconditions.checkArgument(!canonical().isBlank(), "canonical name must not be blank");
  }
}
