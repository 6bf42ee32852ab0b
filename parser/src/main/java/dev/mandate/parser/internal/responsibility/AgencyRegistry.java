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
package dev.mandate.parser.internal.responsibility;

import com.google.common.collect.ImmutableList;
import dev.mandate.parser.internal.Vocabulary;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One name per agency: the canonical name of a unit however a document writes it ({@code 市发改委},
 * {@code 市发展改革委} and {@code 市发展和改革委员会} are all {@code 市发展改革委}). Rules first, then the abbreviations
 * of {@code agencies.txt}:
 *
 * <ol>
 *   <li>the name is folded (full-width forms, the traditional chars of the vocabulary) and its spaces left out;
 *   <li>{@code 中共} before a place or level is dropped ({@code 中共临沂市委} is {@code 临沂市委});
 *   <li>{@code 人民政府} is written {@code 政府}, {@code 委员会} is written {@code 委};
 *   <li>{@code 和} and {@code 与} between the words of a body are dropped ({@code 发展和改革}), never in a place
 *       ({@code 和平区}, {@code 太和县}) nor after a whole name ({@code 县区政府和开发区管委会});
 *   <li>the longest abbreviation of {@code agencies.txt} that ends the name after nothing but a level or a place
 *       ({@code 市}, {@code 沂水县}, {@code 开发区}) is written in its canonical form;
 *   <li>a name that starts with a bare level char ({@code 市教育局}) gets the document's place of that level, where
 *       its title or file name says which ({@code 临沂市教育局}).
 * </ol>
 *
 * <p>The prefix a list left out ({@code 市发改委、经贸委}) comes restored in the name given. Levels and places are
 * kept, so {@code 县教育局} and {@code 市教育局}, {@code 区政府} and {@code 市政府} never merge. Immutable and
 * thread-safe.
 */
public final class AgencyRegistry {

  /** One line of {@code agencies.txt}, variant and form with the rules applied. */
  private static final class Abbreviation {
    final String variant;
    final String form;

    Abbreviation(String variant, String form) {
      this.variant = variant;
      this.form = form;
    }
  }

  private static final ImmutableList<Vocabulary.Entry> VOCABULARY = Vocabulary.load("agencies.txt");
  /** Longest variant first, so that 机构编制委办公室 is tried before 委办公室. */
  private static final ImmutableList<Abbreviation> ABBREVIATIONS = abbreviations();
  /** The abbreviations by their variant's last char, longest first: a name is compared with those that can end it. */
  private static final java.util.Map<Character, ImmutableList<Abbreviation>> BY_LAST = byLast();

  private static java.util.Map<Character, ImmutableList<Abbreviation>> byLast() {
    java.util.Map<Character, ImmutableList.Builder<Abbreviation>> b = new java.util.HashMap<>();
    for (Abbreviation a : ABBREVIATIONS) {
      if (!a.variant.isEmpty()) {
        b.computeIfAbsent(a.variant.charAt(a.variant.length() - 1), k -> ImmutableList.builder()).add(a);
      }
    }
    java.util.Map<Character, ImmutableList<Abbreviation>> out = new java.util.HashMap<>();
    b.forEach((k, v) -> out.put(k, v.build()));
    return java.util.Map.copyOf(out);
  }

  /** Chars a place or level prefix may end with, before the body an abbreviation stands for. */
  private static final String PREFIX_ENDS = Places.LEVELS + "镇乡";

  private static final AgencyRegistry NO_PLACE = new AgencyRegistry(Places.NONE);

  private final Places places;

  private AgencyRegistry(Places places) {
    this.places = places;
  }

  /** The lines of {@code agencies.txt}: variant (folded), canonical form, and an example pair {@code A=B}. */
  public static ImmutableList<Vocabulary.Entry> vocabulary() {
    return VOCABULARY;
  }

  /** The registry that knows no document's place. */
  public static AgencyRegistry withoutPlace() {
    return NO_PLACE;
  }

  /** The registry for one document, whose title and file name may say which place it is about. */
  public static AgencyRegistry forDocument(Optional<String> title, Optional<String> source) {
    Places p = Places.of(title.orElse(null), source.map(AgencyRegistry::fileName).orElse(null));
    return p.isEmpty() ? NO_PLACE : new AgencyRegistry(p);
  }

  /** The file name without its folders and extension: {@code /data/临沂市民生实事.docx} → {@code 临沂市民生实事}. */
  private static String fileName(String source) {
    String s = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    int dot = s.lastIndexOf('.');
    return dot > 0 ? s.substring(0, dot) : s;
  }

  /** The place of this level the document is about ({@code 市} → {@code 临沂市}), if it says. */
  public Optional<String> place(char level) {
    return Optional.ofNullable(places.at(level));
  }

  /** The canonical name of a unit of this full name (its restored name where a list left out its prefix). */
  public String canonical(String fullName) {
    String f = unplaced(fullName);
    if (startsWithLevel(f)) {
      String place = places.at(f.charAt(0));
      if (place != null) {
        f = place + f.substring(1);
      }
    }
    return f.isEmpty() ? fullName : f;
  }

  /**
   * A name with the rules and abbreviations applied, before any place is named: the same for the same name in every
   * document, so kept once found (the same few hundred agencies head the lists of every document).
   */
  private static String unplaced(String fullName) {
    String known = UNPLACED.get(fullName);
    if (known != null) {
      return known;
    }
    String f = abbreviation(rules(fullName));
    if (UNPLACED.size() < UNPLACED_MAX) {
      UNPLACED.put(fullName, f);
    }
    return f;
  }

  /** Names already made canonical but for their place; bounded, so that a text of many names fills it once. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> UNPLACED =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int UNPLACED_MAX = 16384;

  /**
   * Whether a name starts with a bare level char and then its body: 市教育局, 市市场监管局, 县市场监管局; not 市县政府
   * (two levels), 市场监管局 or 区域合作办 (a word that starts with a level char).
   */
  private static boolean startsWithLevel(String f) {
    if (f.length() < 3 || Places.LEVELS.indexOf(f.charAt(0)) < 0 || startsWithWord(f, 0)) {
      return false;
    }
    return Places.LEVELS.indexOf(f.charAt(1)) < 0 || startsWithWord(f, 1);
  }

  private static boolean startsWithWord(String f, int at) {
    return f.startsWith("市场", at) || f.startsWith("区域", at) || f.startsWith("县域", at);
  }

  /** The rules before the abbreviations: folded, spaces out, 中共 dropped, 人民政府, 委员会, 和 and 与. */
  static String rules(String name) {
    String f = Fold.fold(name);
    StringBuilder b = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      if (!Fold.isSpace(f.charAt(i))) {
        b.append(f.charAt(i));
      }
    }
    String s = b.toString();
    if (s.startsWith("中共") && s.length() > 3) {
      s = s.substring(2);
    }
    s = s.replace("人民政府", "政府").replace("委员会", "委");
    return dropConjunctions(s);
  }

  /**
   * {@code 和} and {@code 与} dropped where they join two words of one body: two chars or more of the body before it
   * (after the prefix's last level char), not ending a whole name (县区政府和开发区…), a Han char after it.
   */
  private static String dropConjunctions(String s) {
    if (s.indexOf('和') < 0 && s.indexOf('与') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int bodyStart = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '和' || c == '与') && i - bodyStart >= 2 && i + 1 < s.length() && Fold.isHan(s.charAt(i + 1))
          && AgencyNames.suffix(s, 0, i) != AgencyNames.Suffix.STRONG) {
        continue;
      }
      if (Places.LEVELS.indexOf(c) >= 0 && i - bodyStart <= 6 && noneOf(s, bodyStart, i, "和与")) {
        bodyStart = i + 1; // 市, 沂水县, 重庆市沙坪坝区: the body starts after the prefix
      }
      b.append(c);
    }
    return b.toString();
  }

  private static boolean noneOf(String s, int from, int to, String chars) {
    for (int i = from; i < to; i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The longest variant that ends the name after a prefix, written in its canonical form. */
  private static String abbreviation(String f) {
    if (f.isEmpty()) {
      return f;
    }
    for (Abbreviation a : BY_LAST.getOrDefault(f.charAt(f.length() - 1), ImmutableList.of())) {
      if (f.endsWith(a.variant) && isPrefix(f, f.length() - a.variant.length())) {
        return f.substring(0, f.length() - a.variant.length()) + a.form;
      }
    }
    return f;
  }

  /** Whether {@code f[0, end)} is nothing, or a level or place: 市, 沂水县, 开发区 (not 市城市, the body of 城市管理委). */
  private static boolean isPrefix(String f, int end) {
    if (end == 0) {
      return true;
    }
    return end <= 12 && PREFIX_ENDS.indexOf(f.charAt(end - 1)) >= 0
        && !(end >= 2 && Places.isWord(f.substring(end - 2, end)));
  }

  private static ImmutableList<Abbreviation> abbreviations() {
    List<Abbreviation> out = new ArrayList<>();
    for (Vocabulary.Entry e : VOCABULARY) {
      out.add(new Abbreviation(rules(e.word()), rules(e.kind())));
    }
    out.sort(Comparator.comparingInt((Abbreviation a) -> -a.variant.length()));
    return ImmutableList.copyOf(out);
  }
}
