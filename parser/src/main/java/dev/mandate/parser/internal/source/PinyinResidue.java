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

import com.google.common.collect.ImmutableList;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Span;
import dev.mandate.model.Target;
import dev.mandate.model.Unit;
import dev.mandate.parser.internal.text.Residue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pinyin a converter leaves after characters it was unsure of, in pages turned to traditional characters:
 * {@code 這項(xiàng)工作由國家發(fā)展改革委負(fù)責(zé)}. Every word the layout and responsibility stages look for is broken by
 * it ({@code 負(fù)責}, {@code 責(zé)任單位}), so a text where it recurs is read with it taken out, and what the
 * reading gives (a measure's text, its units, targets and their spans) is put back in the text's own characters,
 * residue and all: the document as written, read as it was meant.
 *
 * <p>Evidence, not a list: a group is one to six Latin letters with a tone mark among them, in round brackets,
 * right after a Han character; a text has residue when at least {@link #MIN_GROUPS} such groups stand in it. Work is
 * linear: one pass to find the groups, one to cut them out, and a position map from the cleaned text to the original.
 */
public final class PinyinResidue {

  /** The fewest groups that make a text one with residue: one or two may be a gloss the writer meant. */
  static final int MIN_GROUPS = 3;
  /**
   * The longest text read without its residue (chars): the cleaned copy and its position map take five times the
   * text's memory; web pages, where the residue is found, are far shorter, and a longer text is read as it is.
   */
  static final int MAX_TEXT = 4 << 20;
  /** How far before a string's expected place it is looked for, in chars of the cleaned text. */
  private static final int LOOK_BACK = 2_000;
  /** How far after it: the furniture or prose between two measures. */
  private static final int LOOK_AHEAD = 20_000;

  private final String original;
  private final String cleaned;
  /** {@code map[i]}: where char {@code i} of the cleaned text stands in the original ({@code map[n]}: its length). */
  private final int[] map;

  private PinyinResidue(String original, String cleaned, int[] map) {
    this.original = original;
    this.cleaned = cleaned;
    this.map = map;
  }

  /** The residue of a text held in pieces, or empty where it has fewer than {@link #MIN_GROUPS} groups. */
  public static Optional<PinyinResidue> of(List<String> pieces) {
    int groups = 0;
    for (String p : pieces) {
      for (int i = 0; i < p.length() && groups < MIN_GROUPS; i++) {
        groups += Residue.tonedGroupEnd(p, i) > i ? 1 : 0;
      }
    }
    long length = 0;
    for (String p : pieces) {
      length += p.length();
    }
    if (groups < MIN_GROUPS || length > MAX_TEXT || laidOut(pieces)) {
      return Optional.empty();
    }
    StringBuilder all = new StringBuilder();
    pieces.forEach(all::append);
    String original = all.toString();
    StringBuilder cleaned = new StringBuilder(original.length());
    int[] map = new int[original.length() + 1];
    for (int i = 0; i < original.length(); i++) {
      int g = Residue.tonedGroupEnd(original, i);
      if (g > i) {
        i = g - 1;
        continue;
      }
      map[cleaned.length()] = i;
      cleaned.append(original.charAt(i));
    }
    map[cleaned.length()] = original.length();
    return Optional.of(new PinyinResidue(original, cleaned.toString(), java.util.Arrays.copyOf(map,
        cleaned.length() + 1)));
  }

  /** The inner run of spaces that parts a laid-out table's columns. */
  private static final int COLUMN_GAP = 3;

  /**
   * Whether the text is laid out in columns, as {@code pdftotext -layout} gives a table (lines with runs of spaces
   * between their words, {@value #MIN_GROUPS} or more): the columns are read by where they stand, and taking the
   * residue out would move them, so such a text is read with its residue.
   */
  private static boolean laidOut(List<String> pieces) {
    int lines = 0;
    for (String p : pieces) {
      int run = 0;
      boolean text = false;
      for (int i = 0; i < p.length() && lines < MIN_GROUPS; i++) {
        char c = p.charAt(i);
        if (c == '\n') {
          run = 0;
          text = false;
        } else if (c == ' ' || c == '\u3000') {
          run++;
        } else {
          if (text && run >= COLUMN_GAP) {
            lines++;
            text = false; // one gap a line counts
            run = 0;
            continue;
          }
          text = true;
          run = 0;
        }
      }
    }
    return lines >= MIN_GROUPS;
  }

  /** The text with the residue taken out, as one piece. */
  public List<String> cleanedPieces() {
    List<String> out = new ArrayList<>(1);
    out.add(cleaned);
    return out;
  }

  /** The document read from the cleaned text, its strings given back in the original's characters. */
  public Document restore(Document d) {
    List<Measure> measures = new ArrayList<>(d.measures().size());
    int cursor = 0;
    for (Measure m : d.measures()) {
      Placed text = place(m.text(), cursor);
      if (text != null) {
        cursor = text.next;
      }
      measures.add(restore(m, text, cursor));
    }
    return Document.builder().from(d)
        .title(d.title().map(t -> restore(t, 0)))
        .notes(restoreAll(d.notes(), 0))
        .measures(measures)
        .build();
  }

  private Measure restore(Measure m, Placed text, int hint) {
    List<Responsibility> resp = new ArrayList<>(m.responsibilities().size());
    for (Responsibility r : m.responsibilities()) {
      Unit u = r.unit();
      Unit restored = Unit.builder().from(u)
          .name(restore(u.name(), hint))
          .alias(u.alias().map(a -> restore(a, hint)))
          .restoredName(u.restoredName().map(n -> restore(n, hint)))
          .canonical(u.canonical())
          .build();
      resp.add(Responsibility.builder().from(r).unit(restored).build());
    }
    List<Target> targets = new ArrayList<>(m.targets().size());
    for (Target t : m.targets()) {
      Target.Builder b = Target.builder().from(t);
      if (text != null) {
        int s = text.offsets[t.span().start()];
        int e = text.offsets[t.span().end()];
        b.span(Span.of(s, e)).text(text.restored.substring(s, e));
      }
      b.subject(t.subject().map(x -> restore(x, hint)));
      targets.add(b.build());
    }
    return Measure.builder().from(m)
        .text(text == null ? m.text() : text.restored)
        .section(restoreAll(m.section(), hint))
        .responsibilities(resp)
        .targets(targets)
        .deadline(m.deadline().map(x -> restore(x, hint)))
        .build();
  }

  private List<String> restoreAll(List<String> strings, int hint) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String s : strings) {
      out.add(restore(s, hint));
    }
    return out.build();
  }

  /** The strings restored so far: units and sections recur in most measures, and read the same each time. */
  private final java.util.Map<String, String> restored = new java.util.HashMap<>();

  /** A string the reading gave, in the original's characters where it stands in the cleaned text; else itself. */
  private String restore(String s, int hint) {
    String known = restored.get(s);
    if (known != null) {
      return known;
    }
    Placed p = place(s, hint);
    if (p == null) {
      return s;
    }
    restored.put(s, p.restored);
    return p.restored;
  }

  /** A string found in the cleaned text and given back: its original form, and where each of its chars went. */
  private static final class Placed {
    final String restored;
    /** {@code offsets[i]}: where char {@code i} of the string starts in {@link #restored}; the last, its length. */
    final int[] offsets;
    /** The cleaned text's index after the string's last char. */
    final int next;

    Placed(String restored, int[] offsets, int next) {
      this.restored = restored;
      this.offsets = offsets;
      this.next = next;
    }
  }

  /** The chars tried at the start of a string to find where it may stand: few places hold them all. */
  private static final int PROBE = 6;
  /** The most places a string is tried at once its probe is found there. */
  private static final int MAX_TRIES = 16;

  /**
   * Where {@code s} stands in the cleaned text, looked for in a window around {@code hint} (a measure's strings stand
   * near its text), and its original form: where the reading joined a text's lines ({@code …惠及居民} / {@code 1.5萬戶}),
   * the line breaks and spaces between are passed over. Bounded, so that the work stays linear in the text however
   * many strings are asked about; null if it is not found.
   */
  private Placed place(String s, int hint) {
    if (s.isEmpty() || s.length() > cleaned.length()) {
      return null;
    }
    int from = Math.max(0, hint - LOOK_BACK);
    int to = Math.min(cleaned.length(), hint + LOOK_AHEAD + s.length());
    if (to - from < s.length()) {
      return null;
    }
    String window = cleaned.substring(from, to);
    String probe = s.substring(0, Math.min(PROBE, s.length()));
    int at = window.indexOf(probe);
    for (int tries = 0; at >= 0 && tries < MAX_TRIES; tries++, at = window.indexOf(probe, at + 1)) {
      Placed p = placeAt(s, from + at, to);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** {@code s} matched from cleaned index {@code b}, passing over breaks and spaces the string does not have. */
  private Placed placeAt(String s, int b, int limit) {
    int[] pos = new int[s.length()];
    int j = b;
    for (int i = 0; i < s.length(); i++) {
      while (j < limit && cleaned.charAt(j) != s.charAt(i) && isBreak(cleaned.charAt(j)) && !isBreak(s.charAt(i))) {
        j++;
      }
      if (j >= limit || cleaned.charAt(j) != s.charAt(i)) {
        return null;
      }
      pos[i] = j++;
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    int[] offsets = new int[s.length() + 1];
    for (int i = 0; i < s.length(); i++) {
      offsets[i] = out.length();
      // the char and the residue after it, up to the next char of the cleaned text (a break left out)
      int end = map[pos[i] + 1];
      int k = map[pos[i]] + 1;
      while (k < end && !isBreak(original.charAt(k))) {
        k++;
      }
      out.append(original, map[pos[i]], k);
    }
    offsets[s.length()] = out.length();
    return new Placed(out.toString(), offsets, pos[s.length() - 1] + 1);
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\u3000';
  }
}
