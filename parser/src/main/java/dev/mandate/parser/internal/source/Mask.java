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
package dev.mandate.parser.internal.source;

import java.util.Arrays;

/** A growable array of bold flags kept beside a StringBuilder: no boxing, one flag per char. Not thread-safe. */
final class Mask {
  private boolean[] flags = new boolean[16];
  private int size;

  void add(boolean b, int count) {
    ensure(size + count);
    if (b) {
      Arrays.fill(flags, size, size + count, true);
    }
    size += count;
  }

  void addAll(Mask other) {
    ensure(size + other.size);
    System.arraycopy(other.flags, 0, flags, size, other.size);
    size += other.size;
  }

  boolean get(int i) {
    return flags[i];
  }

  int size() {
    return size;
  }

  void clear() {
    Arrays.fill(flags, 0, size, false);
    size = 0;
  }

  /** Flags [from, to) as an array. */
  boolean[] slice(int from, int to) {
    return Arrays.copyOfRange(flags, from, to);
  }

  private void ensure(int n) {
    if (n > flags.length) {
      flags = Arrays.copyOf(flags, Math.max(n, flags.length * 2));
    }
  }
}
