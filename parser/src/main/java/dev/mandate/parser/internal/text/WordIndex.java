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
package dev.mandate.parser.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;

/**
 * A fixed list of words indexed by their first or by their last char, so that a scan asks only the words that can
 * match where it stands. A set of the chars the words start (or end) with lets most chars go at once; the others
 * find their words by a binary search: no boxing of the char and no hashing, for lookups made at every char of a text.
 */
public final class WordIndex {

  private static final String[] NONE = {};

  private final char[] keys;
  private final String[][] words;
  /** The keys again, as a set: most chars of a text are none, and are let go at the cost of one bit's lookup. */
  private final BitSet any = new BitSet(1 << 16);

  private WordIndex(char[] keys, String[][] words) {
    this.keys = keys;
    this.words = words;
    for (char k : keys) {
      any.set(k);
    }
  }

  /** The words by their first char, each char's words in the order given. */
  public static WordIndex byFirst(String... words) {
    return of(words, true);
  }

  /** The words by their last char, each char's words in the order given. */
  public static WordIndex byLast(String... words) {
    return of(words, false);
  }

  private static WordIndex of(String[] all, boolean first) {
    TreeMap<Character, List<String>> by = new TreeMap<>();
    for (String w : all) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("an empty word cannot be indexed");
      }
      by.computeIfAbsent(w.charAt(first ? 0 : w.length() - 1), k -> new ArrayList<>()).add(w);
    }
    char[] keys = new char[by.size()];
    String[][] words = new String[by.size()][];
    int i = 0;
    for (var e : by.entrySet()) {
      keys[i] = e.getKey();
      words[i++] = e.getValue().toArray(NONE);
    }
    return new WordIndex(keys, words);
  }

  /** The words that start (or end) with c, in the order given; an empty array if none. Not to be changed. */
  public String[] get(char c) {
    if (!any.get(c)) {
      return NONE;
    }
    int i = Arrays.binarySearch(keys, c);
    return i < 0 ? NONE : words[i];
  }

  /** Whether any word starts (or ends) with c. */
  public boolean has(char c) {
    return any.get(c);
  }
}
