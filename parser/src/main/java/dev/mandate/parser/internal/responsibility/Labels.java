package dev.mandate.parser.internal.responsibility;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.mandate.parser.internal.Vocabulary;
import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds responsibility labels ({@code 牵头单位:}, {@code 协办单位：}, {@code 牽頭單位:}) in text and cuts the text into
 * {@link Clause}s at them. The vocabulary is {@code labels.txt}.
 */
public final class Labels {

  private static final ImmutableList<Vocabulary.Entry> LABELS = Vocabulary.load("labels.txt").stream()
      .sorted(Comparator.comparingInt((Vocabulary.Entry e) -> e.word().length()).reversed())
      .collect(ImmutableList.toImmutableList());

  /** The kind of each label, by its index in {@link #LABELS}: looked up once, not by name at every find. */
  private static final Clause.Kind[] KINDS = LABELS.stream().map(e -> Clause.Kind.valueOf(e.kind()))
      .toArray(Clause.Kind[]::new);

  /** Each label's kind by its word (folded), for a label standing alone, with no colon after it. */
  private static final ImmutableMap<String, Clause.Kind> BY_WORD = LABELS.stream()
      .collect(ImmutableMap.toImmutableMap(Vocabulary.Entry::word, e -> Clause.Kind.valueOf(e.kind())));

  /** Length of the longest label, and how many spaces a label may leave before its colon when found at a start. */
  private static final int LONGEST = LABELS.isEmpty() ? 0 : LABELS.get(0).word().length();
  private static final int SPACES_BEFORE_COLON = 8;

  private Labels() {}

  /** The label vocabulary, longest first (for tests). */
  public static ImmutableList<Vocabulary.Entry> vocabulary() {
    return LABELS;
  }

  /** A label found in text: where it starts, where its content starts, and its kind. */
  public static final class Found {
    final int start;
    final int contentStart;
    final Clause.Kind kind;

    Found(int start, int contentStart, Clause.Kind kind) {
      this.start = start;
      this.contentStart = contentStart;
      this.kind = kind;
    }

    public int start() {
      return start;
    }

    public Clause.Kind kind() {
      return kind;
    }
  }

  /** Every label in {@code folded}, in order. A label must start the text or follow a separator or bracket. */
  public static List<Found> find(String folded) {
    List<Found> out = null; // made on the first label: most lines have none, and this is asked of every line
    int n = folded.length();
    for (int i = 0; i < n; i++) {
      if (folded.charAt(i) != ':') {
        continue;
      }
      int end = Fold.trimEnd(folded, 0, i);
      for (int k = 0; k < KINDS.length; k++) {
        String w = LABELS.get(k).word();
        int start = end - w.length();
        if (start >= 0 && folded.startsWith(w, start) && boundary(folded, start)) {
          if (out == null) {
            out = new ArrayList<>(2);
          }
          out.add(new Found(start, i + 1, KINDS[k]));
          break;
        }
      }
    }
    return out == null ? List.of() : out;
  }

  private static boolean boundary(String folded, int start) {
    if (start == 0) {
      return true;
    }
    char p = folded.charAt(start - 1);
    return Fold.isSpace(p) || UnitListSplitter.isGroupSeparator(p) || p == '、' || Brackets.isOpen(p)
        || p == '|' || p == ':';
  }

  /** The kind of the label that is {@code word} (folded, no colon: {@code 责任单位}), or null if it is none. */
  public static Clause.Kind named(String word) {
    return BY_WORD.get(word);
  }

  /** The label kind if {@code folded} (trimmed) starts with a label and a colon. */
  public static Clause.Kind leading(String folded) {
    // asked of every line: look only as far as the longest label could reach, and build nothing
    int n = folded.length();
    int b = Fold.trimStart(folded, 0, n);
    int colon = -1;
    for (int i = b; i < n; i++) {
      char c = folded.charAt(i);
      if (c == ':') {
        colon = i;
        break;
      }
      if (i - b > LONGEST + SPACES_BEFORE_COLON) {
        return null;
      }
    }
    if (colon < 0) {
      return null;
    }
    int end = Fold.trimEnd(folded, b, colon);
    for (int k = 0; k < KINDS.length; k++) {
      String w = LABELS.get(k).word();
      if (end - b == w.length() && folded.startsWith(w, b)) {
        return KINDS[k];
      }
    }
    return null;
  }

  /**
   * Cuts {@code text} into clauses at its labels. Text before the first label (if any) becomes a clause of
   * {@code defaultKind}. {@code column} is the 1-based column of text's first char on {@code line}.
   */
  public static List<Clause> clauses(String text, Clause.Kind defaultKind, int line, int column) {
    return clauses(text, null, defaultKind, line, column);
  }

  /** As {@link #clauses(String, Clause.Kind, int, int)}, carrying a bold mask (one flag per char, or null). */
  public static List<Clause> clauses(String text, boolean[] bold, Clause.Kind defaultKind, int line, int column) {
    String folded = Fold.fold(text);
    List<Found> found = find(folded);
    List<Clause> out = new ArrayList<>();
    int firstStart = found.isEmpty() ? text.length() : found.get(0).start;
    addClause(out, text, bold, 0, firstStart, defaultKind, line, column);
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      int end = k + 1 < found.size() ? found.get(k + 1).start : text.length();
      addClause(out, text, bold, f.contentStart, end, f.kind, line, column);
    }
    return out;
  }

  private static void addClause(List<Clause> out, String text, boolean[] bold, int start, int end, Clause.Kind kind,
      int line, int column) {
    int b = start;
    int e = end;
    while (b < e && isTrimmable(text.charAt(b))) {
      b++;
    }
    while (e > b && isTrimmable(text.charAt(e - 1))) {
      e--;
    }
    if (b < e) {
      boolean[] mask = bold == null ? null : java.util.Arrays.copyOfRange(bold, b, e);
      out.add(new Clause(kind, text.substring(b, e), mask, line, column + b));
    }
  }


  private static boolean isTrimmable(char c) {
    return Fold.isSpace(c) || UnitListSplitter.isGroupSeparator(c) || c == '、' || c == '|';
  }
}
