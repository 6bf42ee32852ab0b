package dev.mandate.parser.internal.text;

/** Which chars open and close brackets, in ASCII and full width, and the quote-like pairs that nest like them. */
public final class Brackets {

  private Brackets() {}

  /** Whether c opens a bracket: ( （ [ 【 〔 〈 《 { 「 『 “. */
  public static boolean isOpen(char c) {
    switch (c) {
      case '(': case '（': case '[': case '【': case '〔': case '〈': case '《': case '{': case '「': case '『':
      case '［': case '“':
        return true;
      default:
        return false;
    }
  }

  /** Whether c closes a bracket. */
  public static boolean isClose(char c) {
    switch (c) {
      case ')': case '）': case ']': case '】': case '〕': case '〉': case '》': case '}': case '」': case '』':
      case '］': case '”':
        return true;
      default:
        return false;
    }
  }

  /** Whether c is a round bracket (ASCII or full width), the kind that carries notes, aliases and clauses. */
  public static boolean isRoundOpen(char c) {
    return c == '(' || c == '（';
  }

  /** Whether c closes a round bracket. */
  public static boolean isRoundClose(char c) {
    return c == ')' || c == '）';
  }
}
