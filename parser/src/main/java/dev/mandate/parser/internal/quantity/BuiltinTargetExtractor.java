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

import com.google.common.collect.ImmutableSet;
import dev.mandate.model.Change;
import dev.mandate.model.Comparison;
import dev.mandate.model.Span;
import dev.mandate.model.Target;
import dev.mandate.parser.internal.text.Fold;
import dev.mandate.parser.internal.text.Residue;
import dev.mandate.parser.targets.TargetContext;
import dev.mandate.parser.targets.TargetExtractor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in target extractor: every number the {@link NumeralGrammar} reads that is followed by a unit of
 * measure, with its comparator, range and change, minus what a reader knows is not a target (ordinals, codes,
 * dates, durations, ages, grades, numbered names). One left-to-right scan, linear in the text. Stateless and
 * thread-safe.
 *
 * <ul>
 *   <li>Range: {@code 2-3个}, {@code 2—3个}, {@code 2~3个}, {@code 2至3个}, {@code 2到3个}, {@code 在10000与20000之间};
 *       {@code 1-2万人} applies the multiplier to both ends.
 *   <li>Comparator after: 以上 及以上 (AT_LEAST), 以下 以内 (AT_MOST), 左右 上下 (ABOUT); 多/余 make AT_LEAST.
 *   <li>Comparator before (kept in the target text): 不低于 不少于 至少 至少有 超过 超 突破 高于 逾 (AT_LEAST), 不超过 不高于
 *       控制在 低于 少于 小于 不大于 小于等于 ≤ &lt;= &lt; (AT_MOST), 大于 大于等于 ≥ &gt;= &gt; (AT_LEAST), 不得/不应 before a
 *       bound as the bound alone, 约 近 大约 (ABOUT); 至少, 不少于, 不低于, 不超过, 不高于 also one or two Han chars
 *       away ({@code 至少开展1次}).
 *   <li>Change, right before the number (over 再 and per-unit words such as 每人每年): 提高到 增加到 … (INCREASE_TO),
 *       提高 增长 增加 … (INCREASE_BY), 下降到 降低到 … (DECREASE_TO), 下降 降低 减少 … (DECREASE_BY); 减排 before a
 *       rate ({@code COD减排15%}) too. 新增 and
 *       达到 state a level, not a change; nor does a number standing before its noun ({@code 提升1000个行政村…}), which
 *       counts what the verb acts on.
 *   <li>Not targets: after 第; a Chinese numeral opening a quotation ({@code “两个维护”}); touching ASCII letters ({@code 5G}, {@code A1}); a bare 一 ({@code 一批}, {@code 统一部署});
 *       a bare multiplier ({@code 千家万户}) unless after 近/约/逾; a number followed by a word that is no unit of
 *       measure, or by a date, duration, age or grade word ({@code 年 月 日 号 岁 级 期 轮 型}).
 * </ul>
 */
public final class BuiltinTargetExtractor implements TargetExtractor {

  private static final String[][] PREFIXES = {
      {"不低于", "AT_LEAST"}, {"不少于", "AT_LEAST"}, {"不小于", "AT_LEAST"}, {"至少有", "AT_LEAST"},
      {"至少", "AT_LEAST"}, {"超过", "AT_LEAST"}, {"高于", "AT_LEAST"}, {"多于", "AT_LEAST"}, {"逾", "AT_LEAST"},
      {"突破", "AT_LEAST"}, {"超", "AT_LEAST"},
      {"不超过", "AT_MOST"}, {"不高于", "AT_MOST"}, {"不多于", "AT_MOST"}, {"控制在", "AT_MOST"}, {"低于", "AT_MOST"},
      {"少于", "AT_MOST"}, {"小于", "AT_MOST"}, {"大于", "AT_LEAST"}, {"不大于", "AT_MOST"},
      // a bound stated as a rule (不得低于, 不应超过) or with its equality (大于等于) says the same as the bound alone
      {"不得低于", "AT_LEAST"}, {"不得少于", "AT_LEAST"}, {"不得小于", "AT_LEAST"}, {"不应低于", "AT_LEAST"},
      {"不应少于", "AT_LEAST"}, {"不应小于", "AT_LEAST"}, {"不得高于", "AT_MOST"}, {"不得超过", "AT_MOST"},
      {"不得大于", "AT_MOST"}, {"不得多于", "AT_MOST"}, {"不应高于", "AT_MOST"}, {"不应超过", "AT_MOST"},
      {"不应大于", "AT_MOST"}, {"大于等于", "AT_LEAST"}, {"大于或等于", "AT_LEAST"}, {"小于等于", "AT_MOST"},
      {"小于或等于", "AT_MOST"}, {"大约", "ABOUT"}, {"约", "ABOUT"}, {"近", "ABOUT"},
      // 污水处理率≥80%, 优良天数比例>=85%: an indicator table's signs
      {"≥", "AT_LEAST"}, {"≧", "AT_LEAST"}, {">=", "AT_LEAST"}, {">", "AT_LEAST"}, {"≤", "AT_MOST"}, {"≦", "AT_MOST"},
      {"<=", "AT_MOST"}, {"<", "AT_MOST"}};

  private static final String[][] SUFFIXES = {
      {"及以上", "AT_LEAST"}, {"以上", "AT_LEAST"}, {"以下", "AT_MOST"}, {"以内", "AT_MOST"}, {"左右", "ABOUT"},
      {"上下", "ABOUT"}};
  private static final String[][] CHANGES = {
      {"提高到", "INCREASE_TO"}, {"提高至", "INCREASE_TO"}, {"提升到", "INCREASE_TO"}, {"提升至", "INCREASE_TO"},
      {"增加到", "INCREASE_TO"}, {"增加至", "INCREASE_TO"}, {"增长到", "INCREASE_TO"}, {"增长至", "INCREASE_TO"},
      {"上升到", "INCREASE_TO"}, {"上升至", "INCREASE_TO"}, {"扩大到", "INCREASE_TO"}, {"扩大至", "INCREASE_TO"},
      {"提标至", "INCREASE_TO"}, {"提标到", "INCREASE_TO"}, {"上调至", "INCREASE_TO"}, {"上调到", "INCREASE_TO"},
      {"下降到", "DECREASE_TO"}, {"下降至", "DECREASE_TO"}, {"降低到", "DECREASE_TO"}, {"降低至", "DECREASE_TO"},
      {"减少到", "DECREASE_TO"}, {"减少至", "DECREASE_TO"}, {"压减到", "DECREASE_TO"}, {"压减至", "DECREASE_TO"},
      {"压缩到", "DECREASE_TO"}, {"压缩至", "DECREASE_TO"}, {"缩短到", "DECREASE_TO"}, {"缩短至", "DECREASE_TO"},
      {"降到", "DECREASE_TO"}, {"降至", "DECREASE_TO"}, {"减至", "DECREASE_TO"}, {"下调至", "DECREASE_TO"},
      {"削减到", "DECREASE_TO"}, {"削减至", "DECREASE_TO"}, {"压降至", "DECREASE_TO"}, {"缩减至", "DECREASE_TO"},
      {"压降到", "DECREASE_TO"}, {"缩减到", "DECREASE_TO"},
      {"提高", "INCREASE_BY"}, {"提升", "INCREASE_BY"}, {"增长", "INCREASE_BY"}, {"增加", "INCREASE_BY"},
      {"上升", "INCREASE_BY"}, {"扩大", "INCREASE_BY"}, {"上涨", "INCREASE_BY"}, {"上调", "INCREASE_BY"},
      {"增幅", "INCREASE_BY"}, {"下降", "DECREASE_BY"}, {"降低", "DECREASE_BY"}, {"减少", "DECREASE_BY"},
      {"压减", "DECREASE_BY"}, {"压缩", "DECREASE_BY"}, {"缩短", "DECREASE_BY"}, {"下调", "DECREASE_BY"},
      {"削减", "DECREASE_BY"}, {"压降", "DECREASE_BY"}, {"缩减", "DECREASE_BY"}};
  /** Each change word's kind, by its index in {@link #CHANGES}: looked up once, not by name at every match. */
  private static final Change[] CHANGE_KINDS = java.util.Arrays.stream(CHANGES).map(c -> Change.valueOf(c[1]))
      .toArray(Change[]::new);

  static {
    // longest first: 不超过 must win over 超过 (found by TargetProperties)
    java.util.Arrays.sort(PREFIXES, (a, b) -> b[0].length() - a[0].length());
    java.util.Arrays.sort(SUFFIXES, (a, b) -> b[0].length() - a[0].length());
  }

  /** Bounds that may stand a verb away from their number (至少开展1次); the longer, unambiguous ones only. */
  private static final String[] DISTANT_PREFIXES = {"不少于", "不低于", "不小于", "不超过", "不高于", "不多于", "至少"};

  private static boolean allHan(String f, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isHan(f.charAt(i)) || "的和与及或、".indexOf(f.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Units a single Chinese digit does not count: 二次供水, 三部委, 一层. */
  private static final ImmutableSet<String> NOT_AFTER_SINGLE_DIGIT =
      ImmutableSet.of("次", "部", "层", "度", "代", "本", "对", "间", "方", "线", "片", "口");

  private final UnitsOfMeasure units;

  public BuiltinTargetExtractor(UnitsOfMeasure units) {
    this.units = units;
  }

  @Override
  public List<Target> extract(TargetContext context) {
    String text = context.text();
    String f = context.foldedText();
    List<Target> out = new ArrayList<>();
    int n = f.length();
    int floor = 0;
    int i = 0;
    Found previous = null;
    while ((i = nextCandidate(f, i)) < n) {
      char c = f.charAt(i);
      Numeral a = NumeralGrammar.read(f, i);
      if (a == null) {
        // a digit run too long to be a quantity is skipped whole: re-reading it from each of its digits would be
        // quadratic in its length (found with a 1 MB line of digits)
        if (NumeralGrammar.isAsciiDigit(c)) {
          while (i < n && NumeralGrammar.isAsciiDigit(f.charAt(i))) {
            i++;
          }
        } else {
          i++;
        }
        continue;
      }
      Found found = evaluate(f, a);
      if (found == null) {
        i = Math.max(a.end, i + 1);
        continue;
      }
      int textStart = found.textStart;
      if (found.change == null && previous != null && previous.change != null && textStart == previous.end + 1
          && f.charAt(previous.end) == '、') {
        found.change = previous.change; // 提高到609元、300元: a number listed after one that changes changes alike
      }
      String subject = Subjects.find(text, f, textStart, found.end, floor);
      out.add(Target.builder()
          .text(text.substring(textStart, found.end))
          .subject(Optional.ofNullable(subject))
          .value(found.value)
          .upper(Optional.ofNullable(found.upper))
          .unit(asWritten(text, found))
          .comparator(found.comparator)
          .change(Optional.ofNullable(found.change))
          .span(Span.of(textStart, found.end))
          .build());
      floor = found.end;
      i = found.end;
      previous = found;
    }
    return out;
  }

  /** The unit as the text writes it (個, 條 where the text is traditional), or as folded where it is not Han (%). */
  private static String asWritten(String text, Found found) {
    if (found.unitAt < 0 || found.unit.isEmpty() || !isHan(found.unit.charAt(0))) {
      return found.unit;
    }
    return text.substring(found.unitAt, found.unitAt + found.unit.length());
  }

  /**
   * The first index at or after i where a numeral may start, or the length. The scan over every char is a loop of
   * its own so that the loop of {@link #extract} turns once per numeral: the JIT then has no reason to compile all of
   * extract a second time on the stack (the costliest compile of a cold run, before this).
   */
  private static int nextCandidate(String f, int i) {
    int n = f.length();
    while (i < n && !NumeralGrammar.canStart(f.charAt(i)) && !(f.charAt(i) == '百' && f.startsWith("百分之", i))) {
      i++;
    }
    return i;
  }

  /** What one numeral amounts to, when it is a target. */
  private static final class Found {
    int textStart;
    int end;
    BigDecimal value;
    BigDecimal upper;
    String unit;
    /** Where the unit is written, or -1 (a percentage). */
    int unitAt = -1;
    Comparison comparator = Comparison.EXACT;
    Change change;
  }

  /** The most chars after a figure that opens a quotation for the quotation to be a name's ({@code “10项举措”}). */
  private static final int QUOTED_NAME = 8;

  /** Whether a closing quote stands within {@code max} chars from {@code from}, before any sentence punctuation. */
  private static boolean closesWithin(String f, int from, int max) {
    for (int i = from; i < f.length() && i - from <= max; i++) {
      char c = f.charAt(i);
      if (c == '”') {
        return true;
      }
      if (c == '。' || c == ',' || c == ';' || c == '“') {
        return false;
      }
    }
    return false;
  }

  private Found evaluate(String f, Numeral numeral) {
    Numeral a = numeral;
    int n = f.length();
    int start = a.start;
    // ordinals, codes and parts of numbers
    if (start > 0) {
      char p = f.charAt(start - 1);
      if (p == '第' || isAsciiLetter(p) || NumeralGrammar.isAsciiDigit(p)
          || Fold.isSpace(p) && start > 1 && f.charAt(start - 2) == '第') {
        return null; // (第 3 条: an ordinal a PDF's copy spaced)
      }
      // “两个维护”, 《三年行动》: a Chinese numeral opening a quotation names a slogan or title
      if (a.chinese && (p == '“' || p == '「' || p == '『' || p == '《' || p == '‘' || p == '"')) {
        return null;
      }
      // 支持企业渡过难关“22条”, “10项举措”: a short quotation that opens with a figure is a policy's name
      if (p == '“' && closesWithin(f, a.end, QUOTED_NAME)) {
        return null;
      }
      // 第一、二批: a numeral listed after an ordinal continues the ordinal
      if (p == '、' && a.chinese && start >= 3 && ordinalJustBefore(f, start - 2)) {
        return null;
      }
      if ((p == '.' || p == '-' || p == '/' || p == '+') && start > 1
          && (NumeralGrammar.isAsciiDigit(f.charAt(start - 2)) || isAsciiLetter(f.charAt(start - 2)))) {
        return null;
      }
    }
    // 3千米, 100万千瓦时: a unit of measure that starts with a multiplier char takes it back from the number
    if (!a.chinese && !a.percent && a.digitsEnd < a.end) {
      BigDecimal mult = BigDecimal.ONE;
      for (int k = a.digitsEnd; k < a.end && NumeralGrammar.multiplier(f.charAt(k)) != null; k++) {
        String u = units.match(f, k);
        if (u != null && units.isUnit(u) && NumeralGrammar.multiplier(u.charAt(0)) != null) {
          a = new Numeral(a.start, k, a.digitsValue.multiply(mult), mult, a.approximate, false, false, false);
          break;
        }
        mult = mult.multiply(NumeralGrammar.multiplier(f.charAt(k)));
      }
    }
    int pos = a.end;
    BigDecimal value = a.value;
    BigDecimal upper = null;
    boolean approx = a.approximate;
    boolean between = false;
    int sep = rangeSeparator(f, pos);
    if (sep > 0) {
      Numeral b = NumeralGrammar.read(f, pos + sep);
      if (b != null && !b.bare) {
        BigDecimal lo = a.multiplier.compareTo(BigDecimal.ONE) == 0 && b.multiplier.compareTo(BigDecimal.ONE) > 0
            ? a.value.multiply(b.multiplier) : a.value;
        if (b.value.compareTo(lo) > 0) {
          value = lo;
          upper = b.value;
          pos = b.end;
          approx |= b.approximate;
        }
      }
    } else if (pos < n && (f.charAt(pos) == '与' || f.charAt(pos) == '和') && start > 0
        && f.charAt(start - 1) == '在') {
      Numeral b = NumeralGrammar.read(f, pos + 1);
      if (b != null && b.value.compareTo(a.value) > 0) {
        int after = b.end;
        String u = units.match(f, after);
        int uEnd = u != null && units.isUnit(u) ? after + u.length() : after;
        if (f.startsWith("之间", uEnd)) {
          upper = b.value;
          pos = b.end;
          between = true;
        }
      }
    }
    String unit;
    int unitAt = -1;
    if (!a.percent && Residue.groupEnd(f, pos) > pos) {
      pos = Residue.groupEnd(f, pos); // 2.36萬(wàn)個: the pinyin a converter left after the multiplier
    }
    if (!a.percent && pos + 1 < n && Fold.isSpace(f.charAt(pos)) && !Fold.isSpace(f.charAt(pos + 1))
        && units.match(f, pos) == null && units.match(f, pos + 1) != null) {
      pos++; // 0.5 个百分点, 48 所: a figure a PDF's copy spaced from its unit, one space
    }
    if (a.percent) {
      unit = "%";
    } else {
      String u = units.match(f, pos);
      int base = u == null ? perBaseEnd(f, pos) : pos;
      if (base > pos) {
        // 孕产妇死亡率35/10万以下: a rate per a count of people, the count its unit as written
        unit = f.substring(pos, base);
        unitAt = pos;
        pos = base;
      } else if (u == null) {
        if (!between) {
          return null;
        }
        unit = "";
      } else if (!units.isUnit(u) && !isLifeSpan(f, start, u)) {
        return null;
      } else {
        unit = u;
        unitAt = pos;
        pos += u.length();
        if (Residue.groupEnd(f, pos) > pos) {
          pos = Residue.groupEnd(f, pos); // 個(gè): the unit's own pinyin is part of the figure as written
        }
        String per = pos + 1 < f.length() && f.charAt(pos) == '/' ? units.match(f, pos + 1) : null;
        if (per != null) {
          // 4.6万元/人, 1—8元/平方米, 500元/月: an amount per a unit, per person, per area, per month
          unit = unit + "/" + per;
          pos += 1 + per.length();
        } else if (pos + 1 < f.length() && f.charAt(pos) == '/' && isAsciiLetter(f.charAt(pos + 1))) {
          return null; // 350km/h, 10万m3/d: a rate in Latin letters, per a unit not known, no amount cut short
        }
      }
    }
    // 5%-6%, 2万-3万人: a range whose ends both carry the unit
    if (upper == null && !between && !unit.isEmpty()) {
      int sep2 = rangeSeparator(f, pos);
      if (sep2 > 0) {
        Numeral b = NumeralGrammar.read(f, pos + sep2);
        if (b != null && !b.bare && b.value.compareTo(value) > 0) {
          String u2 = b.percent ? "%" : units.match(f, b.end);
          if (unit.equals(u2)) {
            upper = b.value;
            approx |= b.approximate;
            pos = b.percent ? b.end : b.end + u2.length();
          }
        }
      }
    }
    if (pos < n && isAsciiLetter(f.charAt(pos))) {
      return null;
    }
    if (a.chinese && a.singleChineseDigit()) {
      if (a.value.intValue() == 1 || NOT_AFTER_SINGLE_DIGIT.contains(unit) || namesACode(f, start, pos)) {
        return null;
      }
    }
    if (isProgress(f, start) || namesProject(f, start, pos, unit) || isBaseline(f, start, pos)
        || isEligibility(f, start, pos) || boundsAClass(f, pos, unit)) {
      return null;
    }
    Found out = new Found();
    if (between) {
      pos += 2; // 之间
      out.textStart = start - 1; // 在
    } else {
      out.textStart = start;
    }
    Comparison cmp = approx ? Comparison.AT_LEAST : Comparison.EXACT;
    for (String[] s : SUFFIXES) {
      if (f.startsWith(s[0], pos)) {
        cmp = Comparison.valueOf(s[1]);
        pos += s[0].length();
        break;
      }
    }
    String prefix = null;
    for (String[] p : PREFIXES) {
      if (out.textStart >= p[0].length() && f.startsWith(p[0], out.textStart - p[0].length())) {
        prefix = p[0];
        if (cmp == Comparison.EXACT) {
          cmp = Comparison.valueOf(p[1]);
        }
        out.textStart -= p[0].length();
        break;
      }
    }
    if (prefix == null && cmp == Comparison.EXACT) {
      // 至少开展1次, 不少于建设3所: a bound a short verb away from its number still bounds it
      for (String w : DISTANT_PREFIXES) {
        for (int gap = 1; gap <= 2; gap++) {
          int at = out.textStart - gap - w.length();
          if (at >= 0 && f.startsWith(w, at) && allHan(f, out.textStart - gap, out.textStart)) {
            cmp = w.startsWith("不超") || w.startsWith("不高") || w.startsWith("不多") ? Comparison.AT_MOST
                : Comparison.AT_LEAST;
            out.textStart = at;
            prefix = w;
            break;
          }
        }
        if (prefix != null) {
          break;
        }
      }
    }
    if (a.bare && !("近".equals(prefix) || "约".equals(prefix) || "逾".equals(prefix) || "大约".equals(prefix))) {
      return null;
    }
    if (upper != null) {
      cmp = Comparison.RANGE;
    }
    out.end = pos;
    out.unitAt = unitAt;
    out.value = value;
    out.upper = upper;
    out.unit = unit;
    out.comparator = cmp;
    // 完善提升1000个行政村…: a number before its noun counts the verb's objects; it is no change of an amount
    boolean countsObjects = pos < n && isHan(f.charAt(pos));
    out.change = countsObjects ? null : change(f, out.textStart);
    if (out.change == null && "%".equals(unit) && out.textStart >= 2 && f.startsWith("减排", out.textStart - 2)) {
      out.change = Change.DECREASE_BY; // COD减排15.1%: a rate cut (节能减排10项 counts projects, 碳减排50万吨 an amount)
    }
    return out;
  }

  /**
   * Whether the number at {@code [start, end)} is where a change starts from, not what it commits to: {@code 从每人每月
   * 574元、271元分别提高到609元、300元} — a 从 before it and a 到 or 至 after it, in the same clause.
   */
  private static boolean isBaseline(String f, int start, int end) {
    int b = start;
    while (b > 0 && start - b < 24 && !isSentenceBreak(f.charAt(b - 1)) && f.charAt(b - 1) != '从') {
      b--;
    }
    if (b == 0 || f.charAt(b - 1) != '从') {
      return false;
    }
    for (int e = end; e < f.length() && e - end < 24 && !isSentenceBreak(f.charAt(e)); e++) {
      if (f.charAt(e) == '到' || f.charAt(e) == '至') {
        return true;
      }
    }
    return false;
  }

  private static boolean isSentenceBreak(char c) {
    return c == ',' || c == '。' || c == ';' || c == ':';
  }

  /** Words before a number that make it what is done, not what is committed: 已完成投资1.2亿元, 进度80%. */
  private static final String[] PROGRESS = {"已完成", "已建成", "已开工", "已实现", "已达到", "已达", "已投入", "已累计",
      "已", "进度", "进展", "完成率"};

  /** Whether the number at {@code start} states progress: a progress word before it in its clause, near it. */
  private static boolean isProgress(String f, int start) {
    int b = start;
    while (b > 0 && start - b < 10 && !isClauseBreak(f.charAt(b - 1))) {
      b--;
    }
    boolean any = false;
    for (int at = b; at < start && !any; at++) {
      any = "已进完".indexOf(f.charAt(at)) >= 0;
    }
    if (!any) {
      return false; // no progress word's first char in the clause before the number
    }
    for (String w : PROGRESS) {
      for (int at = b; at + w.length() <= start; at++) {
        if (f.startsWith(w, at)) {
          // 已 alone must start a verb (已建, 已投), not 已经 or 而已
          return w.length() > 1 || at + 1 < start && isHan(f.charAt(at + 1)) && f.charAt(at + 1) != '经';
        }
      }
    }
    return false;
  }

  private static boolean isClauseBreak(char c) {
    return c == ',' || c == '。' || c == ';' || c == ':' || c == '、' || c == '(' || c == ')';
  }

  /**
   * Units that count the noun after them (10个项目 counts projects) and money (安排4000万元重大项目前期费 is an amount);
   * others measure a size (80万吨), which before a project's name is part of the name.
   */
  private static final String COUNT_UNITS = "个项所家座处条批台套户人名次场张辆间栋只株件本例位口宗";

  /** Chars of the verbs that put an amount into projects (用于, 投入, 投向, 支持): an amount, not a class of them. */
  private static final String PROJECT_VERBS = "用投于入向支持在为到";

  /** The most digits of a rate's base ({@code /10万}, {@code /1000}). */
  private static final int MAX_BASE_DIGITS = 4;

  /**
   * The end of a rate's base after {@code p} ({@code /10万}, {@code /万}, {@code /10万人}, {@code /千}): a slash, a few
   * digits and a multiplier, perhaps 人; {@code p} if none is there. A per-mille or per-cent base has its own sign.
   */
  private static int perBaseEnd(String f, int p) {
    if (p >= f.length() || f.charAt(p) != '/') {
      return p;
    }
    int k = p + 1;
    while (k < f.length() && k - p - 1 < MAX_BASE_DIGITS && NumeralGrammar.isAsciiDigit(f.charAt(k))) {
      k++;
    }
    if (k >= f.length() || "万千百".indexOf(f.charAt(k)) < 0) {
      return p;
    }
    k++;
    return k < f.length() && f.charAt(k) == '人' ? k + 1 : k;
  }

  /** How far before a number its indicator's 寿命 is looked for ({@code 人均预期寿命提高到}). */
  private static final int LIFE_SPAN_REACH = 6;

  /**
   * Whether the age word {@code u} after the number at {@code start} counts years of a life span ({@code 人均预期寿命提高1岁},
   * {@code 平均寿命达到80岁}): a level of the whole population, a target; an age elsewhere says who is meant.
   */
  private static boolean isLifeSpan(String f, int start, String u) {
    if (!u.equals("岁") && !u.equals("周岁")) {
      return false;
    }
    // (looked for within the reach only: a text of many ages and no 寿命 is not read back to its start for each)
    for (int at = start - 2; at >= 0 && at >= start - LIFE_SPAN_REACH - 2; at--) {
      if (f.startsWith("寿命", at)) {
        return noStopBetween(f, at + 2, start);
      }
    }
    return false;
  }

  /** Whether {@code f[b, e)} holds no sentence or clause mark. */
  private static boolean noStopBetween(String f, int b, int e) {
    for (int k = b; k < e; k++) {
      if (",。;:、".indexOf(f.charAt(k)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a size names which project it is ({@code 80万吨乙烯改扩建项目}, {@code 年产10万吨针状焦项目}): a size, not a
   * count, followed by the name of a 项目 in its clause, or an annual capacity (年产) before the name of a project.
   */
  private static boolean namesProject(String f, int start, int end, String unit) {
    int over = f.startsWith("以上", end) ? end + 2 : f.startsWith("及以上", end) ? end + 3 : -1;
    if (unit.endsWith("元") && over > 0) {
      // 10亿元以上项目8个, 5亿元以上重大项目: the class of projects counted, by their size, not an amount committed
      // with a kind of project between at most (重大, 制造业, 基础设施), no verb: 5亿元以上用于项目建设 is an amount
      int p = f.indexOf("项目", over);
      if (p >= over && p - over <= 4) {
        boolean plain = true;
        for (int i = over; i < p && plain; i++) {
          plain = isHan(f.charAt(i)) && !isClauseBreak(f.charAt(i)) && PROJECT_VERBS.indexOf(f.charAt(i)) < 0;
        }
        if (plain) {
          return true;
        }
      }
    }
    if (unit.isEmpty() || unit.length() == 1 && COUNT_UNITS.indexOf(unit.charAt(0)) >= 0 || "%".equals(unit)
        || unit.endsWith("元")) {
      return false;
    }
    int e = end;
    while (e < f.length() && e - end < 24 && !isClauseBreak(f.charAt(e)) && f.charAt(e) != '等') {
      e++;
    }
    String after = f.substring(end, e);
    int project = after.indexOf("项目");
    return project >= 2 || start >= 2 && f.startsWith("年产", start - 2) && (project >= 0 || after.contains("工程"));
  }

  /** Nouns of a code of conduct or rules that a count in words names ({@code 八项规定}, {@code 六项禁令}). */
  private static final String[] CODE_NOUNS = {"规定", "禁令", "纪律", "准则", "原则", "注意", "要求"};

  /** Words before a code's name that say it is kept, not made: 落实中央八项规定, 严格执行六项禁令. */
  private static final String[] KEEPING = {"中央", "落实", "贯彻", "执行", "遵守", "违反", "严守", "恪守", "“"};

  /**
   * Whether the words after a count in one Han digit make the name of a code that the words before say is kept
   * ({@code 落实中央八项规定精神}, {@code “六项禁令”}): what is kept, not a number of things to be done ({@code
   * 制定出台三项规定} is).
   */
  private static boolean namesACode(String f, int start, int end) {
    if (!startsWithAny(f, end, CODE_NOUNS)) {
      return false;
    }
    for (String w : KEEPING) {
      int at = f.lastIndexOf(w, start - w.length());
      if (at >= 0 && at >= start - w.length() - 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String f, int at, String[] words) {
    for (String w : words) {
      if (f.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }

  /** Chars that make the words after a bound a verb's, not a class's name: 以上达到…, 以上用于…, 以上的. */
  private static final String NOT_A_CLASS = "达到完实使的用投于入向为在其同";
  /** The most words between a bound and the count of the class it names: 燃煤锅炉, 种养基地. */
  private static final int MAX_CLASS = 6;

  /**
   * Whether a size bounded by 以上 or 以下 names the class of things a later figure of its clause counts ({@code
   * 淘汰10吨以下燃煤锅炉500台}, {@code 50亩以上农业规模化种养面积2000万亩}): which things are meant, no target of its own
   * (TARGETS.md: qualifiers). A share ({@code 90%以上村庄…}) is a target's, and a bound the clause ends on is the
   * target's comparator.
   */
  private static boolean boundsAClass(String f, int end, String unit) {
    int k = f.startsWith("及以上", end) ? end + 3 : f.startsWith("以上", end) || f.startsWith("以下", end) ? end + 2 : -1;
    if (k < 0 || unit.isEmpty() || "%".equals(unit) || k >= f.length() || !isHan(f.charAt(k))) {
      return false;
    }
    for (int e = k; e < f.length() && e - k <= MAX_CLASS; e++) {
      char c = f.charAt(e);
      if (c >= '0' && c <= '9') {
        // the class counted after it: 500台, 20个 (not 2万人次 of another clause, nor 10% of a change)
        int d = e;
        while (d < f.length() && (f.charAt(d) >= '0' && f.charAt(d) <= '9' || f.charAt(d) == '.'
            || "万千百".indexOf(f.charAt(d)) >= 0)) {
          d++;
        }
        return e - k >= 2 && d < f.length() && COUNT_UNITS.indexOf(f.charAt(d)) >= 0;
      }
      if (!isHan(c) || isClauseBreak(c) || NOT_A_CLASS.indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  /** The farthest a clause is read for its eligibility frame, either way from a figure. */
  private static final int CLAUSE_REACH = 60;

  /**
   * Whether a figure says who qualifies, not what is to be done: in a clause that opens with 对 and closes its figures
   * with 以上的 or 以下的 ({@code 对畝産稅收在行業平均畝産稅收200%、150%、100%以上的,分别给予…}), or a bound marked
   * inclusive in such a clause ({@code 对组织品牌数量不少于15个(含)…的主办方}) or before the class it bounds ({@code 30人(含)以下的
   * 企业}). TARGETS.md: eligibility describes who is covered.
   */
  private static boolean isEligibility(String f, int start, int end) {
    int b = start;
    while (b > 0 && start - b < CLAUSE_REACH && ",;。:".indexOf(f.charAt(b - 1)) < 0) {
      b--;
    }
    while (b < start && Character.isWhitespace(f.charAt(b))) {
      b++;
    }
    boolean to = b < start && f.charAt(b) == '对';
    if (f.startsWith("(含)", end) || f.startsWith("（含）", end)) {
      // 对…不少于15个(含)…的主办方, 职工30人(含)以下的企业: a bound said to be inclusive in the frame, or before the class
      // it bounds, is a threshold to qualify (森林覆盖率达到45%(含)以上, 建设城市书房10个(含): a goal's bound, a remark)
      if (to || startsWithAny(f, end + 3, CLASS_BOUNDS)) {
        return true;
      }
    }
    if (!to) {
      return false;
    }
    for (int e = end; e < f.length() && e - end < CLAUSE_REACH && ",;。".indexOf(f.charAt(e)) < 0; e++) {
      if (startsWithAny(f, e, CLASS_BOUNDS)) {
        return true;
      }
    }
    return false;
  }

  /** A bound before the class of those it bounds: {@code 以上的企业}. */
  private static final String[] CLASS_BOUNDS = {"以上的", "以下的", "以内的"};

  /** The length of a range separator at p, or 0. */
  private static int rangeSeparator(String f, int p) {
    if (p >= f.length()) {
      return 0;
    }
    char c = f.charAt(p);
    if (c == '—' || c == '–' || c == '-') {
      int q = p;
      while (q < f.length() && q - p < 2 && (f.charAt(q) == '—' || f.charAt(q) == '–' || f.charAt(q) == '-')) {
        q++;
      }
      return q - p;
    }
    if (c == '~' || c == '〜' || c == '至' || c == '到') {
      return 1;
    }
    return 0;
  }

  private static Change change(String f, int textStart) {
    int j = textStart;
    // over per-unit words (每人每年) and 再
    for (int k = 0; k < 3; k++) {
      if (j >= 2 && f.charAt(j - 2) == '每' && isHan(f.charAt(j - 1))) {
        j -= 2;
      } else if (j >= 1 && f.charAt(j - 1) == '再') {
        j -= 1;
      } else {
        break;
      }
    }
    for (int k = 0; k < CHANGES.length; k++) {
      String w = CHANGES[k][0];
      if (j >= w.length() && f.startsWith(w, j - w.length())) {
        return CHANGE_KINDS[k];
      }
    }
    return null;
  }

  private static boolean isHan(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Whether a 第 stands in the few chars up to {@code from} (第一、二批). Looked for there only: a search back
   * through the whole text (lastIndexOf) took time growing with the square of a long measure's length.
   */
  private static boolean ordinalJustBefore(String f, int from) {
    for (int k = from; k >= 0 && k >= from - 4; k--) {
      if (f.charAt(k) == '第') {
        return true;
      }
    }
    return false;
  }
}
