package dev.mandate.parser.internal.target;

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
  private final int longest;

  private UnitsOfMeasure(Map<String, Boolean> words) {
    this.words = ImmutableMap.copyOf(words);
    int max = 0;
    for (String w : words.keySet()) {
      max = Math.max(max, w.length());
    }
    this.longest = max;
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

  /** The longest word at {@code p} of folded text, or null. */
  String match(String f, int p) {
    int max = Math.min(longest, f.length() - p);
    for (int len = max; len >= 1; len--) {
      String w = f.substring(p, p + len);
      if (words.containsKey(w)) {
        return w;
      }
    }
    return null;
  }

  /** Whether {@code word} (as returned by {@link #match}) is a unit of measure rather than an excluding word. */
  boolean isUnit(String word) {
    return Boolean.TRUE.equals(words.get(word));
  }
}
