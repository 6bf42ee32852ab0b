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

/**
 * How a target's value bounds the quantity committed to; {@link Target#comparator()}, written as {@code comparator}
 * in the JSON. (Named so as not to clash with {@code java.util.Comparator} under wildcard imports.)
 */
public enum Comparison {
  /** Exactly the value: {@code 48所}. */
  EXACT,
  /** At least the value: {@code 90%以上}, {@code 不低于90%}, {@code 1万余人}. */
  AT_LEAST,
  /** At most the value: {@code 以下}, {@code 以内}, {@code 不超过}. */
  AT_MOST,
  /** About the value: {@code 左右}, {@code 约}, {@code 近}. */
  ABOUT,
  /** Between value and upper, both included: {@code 2-3个}. */
  RANGE
}
