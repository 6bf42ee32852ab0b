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
package dev.mandate.parser.internal.quantity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.mandate.parser.internal.Vocabulary;
import dev.mandate.parser.internal.text.Fold;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The words that may follow a number ({@code units.txt}, plus any a user adds): units of measure that make it a
 * target, and words that make it a date, duration, age, grade or ordinal instead. Longest match wins. Immutable.
 */
public final class UnitsOfMeasure {

  private static final ImmutableList<Vocabulary.Entry> BUILT_IN = Vocabulary.load("units.txt");

  private final ImmutableMap<String, Boolean> words; // word → is a unit of measure (false: not a target)
  private final Node root = new Node();

  /** A trie node: children by char (few, scanned linearly), and the word that ends here, if any. */
  private static final class Node {
    char[] keys = new char[0];
    Node[] children = new Node[0];
    String word;

    Node child(char c) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == c) {
          return children[i];
        }
      }
      return null;
    }

    Node add(char c) {
      Node n = child(c);
      if (n == null) {
        n = new Node();
        keys = java.util.Arrays.copyOf(keys, keys.length + 1);
        children = java.util.Arrays.copyOf(children, children.length + 1);
        keys[keys.length - 1] = c;
        children[children.length - 1] = n;
      }
      return n;
    }
  }

  private UnitsOfMeasure(Map<String, Boolean> words) {
    this.words = ImmutableMap.copyOf(words);
    for (String w : words.keySet()) {
      Node n = root;
      for (int i = 0; i < w.length(); i++) {
        n = n.add(w.charAt(i));
      }
      n.word = w;
    }
  }

  /** The built-in vocabulary (for tests). */
  public static ImmutableList<Vocabulary.Entry> builtIn() {
    return BUILT_IN;
  }

  /** The built-in words plus {@code extra} units of measure. */
  public static UnitsOfMeasure with(Collection<String> extra) {
    Map<String, Boolean> m = new HashMap<>();
    for (Vocabulary.Entry e : BUILT_IN) {
      m.put(e.word(), "TARGET".equals(e.kind()));
    }
    for (String u : extra) {
      m.put(Fold.fold(u), true);
    }
    return new UnitsOfMeasure(m);
  }

  /** The units of measure (not the excluding words), folded. */
  public ImmutableSet<String> units() {
    return words.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The longest word at {@code p} of folded text, or null. A trie walk: no allocation on this hot path. */
  String match(String f, int p) {
    Node n = root;
    String found = null;
    for (int i = p; i < f.length(); i++) {
      n = n.child(f.charAt(i));
      if (n == null) {
        break;
      }
      if (n.word != null) {
        found = n.word;
      }
    }
    return found;
  }

  /** Whether {@code word} (as returned by {@link #match}) is a unit of measure rather than an excluding word. */
  boolean isUnit(String word) {
    return Boolean.TRUE.equals(words.get(word));
  }
}
