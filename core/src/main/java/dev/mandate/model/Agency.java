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

import java.util.List;
import org.immutables.value.Value;

/**
 * One agency of a {@link Corpus}, counted once under its {@link Unit#canonical() canonical name} however its
 * documents write it, with how many measures it leads and supports. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Agency {

  /** The canonical name the agency is counted under. */
  public abstract String canonical();

  /** The names the documents write it with (full names: a prefix a list left out restored), as first written. */
  public abstract List<String> names();

  /** How many measures it leads. */
  public abstract int leads();

  /** How many measures it supports and does not lead. */
  public abstract int supports();

  /** How many documents name it. */
  public abstract int documents();

  /** How many measures name it at all. */
  public final int measures() {
    return leads() + supports();
  }
}
