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
import dev.mandate.model.Basis;
import dev.mandate.model.Diagnostic;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Role;
import dev.mandate.parser.internal.Diagnostics;
import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import dev.mandate.parser.internal.text.WordIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one measure's {@link Clause}s into {@link Responsibility}s: splits each list, removes role words and notes,
 * keeps aliases, distributes shared suffixes, restores elided prefixes, and decides who leads.
 *
 * <p>Lead rule, in order: units a LEAD label or the word 牵头 marks lead ({@link Basis#MARKED}); else, beside a
 * SUPPORT list ({@code 责任部门:X 配合部门:Y}) or where the document says every responsible unit leads when none is
 * named, the responsible units lead ({@link Basis#MARKED}); else the first listed unit leads
 * ({@link Basis#FIRST_LISTED}). Stateless and thread-safe.
 */
public final class ResponsibilityReader {

  /** Words in a bracket that make it a note about the document, not part of a name. */
  private static final String[] NOTE_WORDS = {"加粗", "下同", "为牵头", "为主办", "列第一", "排名第一", "排在第一",
      "无牵头", "黑体"};
  /** Role words at the end of a name, longest first; the value is the role they set (null: keep the clause's). */
  private static final String[] SUPPORT_WORDS = {"共同参与", "配合", "参与", "参加", "协助", "协办", "协作", "协同"};
  private static final String[] NEUTRAL_WORDS = {"按职责分工负责", "按照职责分工负责", "按职责负责", "分工负责", "分别负责",
      "共同负责", "具体负责", "负责落实", "抓好落实", "具体落实", "组织落实", "组织推进", "组织实施", "负责", "承办", "办理",
      "落实", "督导", "督促",
      // what is left once 分别负责 is taken: 乡镇人民政府按职责分工分别负责 (or 牵头负责: 环保局按照职责牵头负责)
      "按职责分工", "按照职责分工", "分工", "按照职责", "按职责", "根据职责", "依职责",
      // adverbs left before a role word once it is taken away: A、B分别牵头, A、B共同负责, 由A为主落实
      "分别", "共同", "各自", "为主"};
  /** The role and neutral words by their last char: a name's last char is looked up, not tried against each word. */
  private static final WordIndex SUPPORT_BY_LAST = WordIndex.byLast(SUPPORT_WORDS);
  private static final WordIndex NEUTRAL_BY_LAST = WordIndex.byLast(NEUTRAL_WORDS);
  /** The longest name looked for on either side of a 和 or 及 that may join two. */
  private static final int MAX_NAME = 30;
  private static final String[] ORG_WORDS = {"人民政府", "党委政府", "政府", "管委会", "党委", "党工委"};

  /** What the reader produced for one measure. */
  public static final class Result {
    private final ImmutableList<Responsibility> responsibilities;
    private final ImmutableList<String> notes;

    Result(ImmutableList<Responsibility> responsibilities, ImmutableList<String> notes) {
      this.responsibilities = responsibilities;
      this.notes = notes;
    }

    public ImmutableList<Responsibility> responsibilities() {
      return responsibilities;
    }

    /** Bracketed notes found in the lists ({@code 字体加粗者为牵头部门,下同}), as written, without brackets. */
    public ImmutableList<String> notes() {
      return notes;
    }
  }

  /** A unit on its way to becoming a Responsibility. */
  private static final class Draft {
    String name;
    String alias;
    String restored;
    Clause.Kind kind;
    boolean markedLead;
    boolean markedSupport;
    /** Shown in bold type (most of its chars). */
    boolean bold;
    /** Written with a sign beside it (区农业农村委*, ★市卫健委). */
    boolean signed;
    int group;
    int clause;
    /** A level's one char kept for the government after it ({@code 区、县政府}); dropped if it never gets that body. */
    boolean awaitsBody;
    /** Joined to the name before it by 及 or 和: the names before that share no body with it (see distributeSuffixes). */
    boolean afterConjunction;
    /** Written after 由 ({@code 由我局主办}): the clause says here who carries the task out. */
    boolean by;
    /** A field's bare word before 等部门 ({@code 财政等部门}): the departments of the fields listed. */
    boolean fieldOfDepartments;
  }

  /** Notes found in a unit list without reading its units: for conventions stated before any measure. */
  public static List<String> notesIn(String text) {
    // a note is always bracketed; most lists have no bracket at all, so do not split them to find none
    if (!Brackets.containsRoundOpen(text)) {
      return List.of();
    }
    List<String> notes = new ArrayList<>();
    for (UnitListSplitter.Piece p : UnitListSplitter.split(text).pieces()) {
      stripNotes(text.substring(p.start(), p.end()), notes);
    }
    return notes;
  }

  public Result read(List<Clause> clauses, LeadConvention convention, Diagnostics diagnostics) {
    return read(clauses, convention, diagnostics, new SharedUnits());
  }

  /** As {@link #read(List, LeadConvention, Diagnostics)}, sharing units and responsibilities across a parse. */
  public Result read(List<Clause> clauses, LeadConvention convention, Diagnostics diagnostics, SharedUnits units) {
    List<Draft> drafts = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int ci = 0; ci < clauses.size(); ci++) {
      Clause c = withoutStandingNote(clauses.get(ci), notes);
      if (c == null || !c.kind().namesUnits()) {
        continue;
      }
      UnitListSplitter.Split split = UnitListSplitter.split(c.text());
      for (int offset : split.unbalanced()) {
        diagnostics.add(Diagnostic.Kind.UNBALANCED_BRACKET,
            "unbalanced bracket '" + c.text().charAt(offset) + "' in the unit list '" + c.text() + "'",
            c.line(), c.column() + offset);
      }
      List<Draft> clauseDrafts = new ArrayList<>();
      String folded = Fold.fold(c.text());
      for (UnitListSplitter.Piece p : rejoinBrokenNames(c.text(), split.pieces())) {
        String piece = clauseDrafts.isEmpty() ? null : folded.substring(p.start(), p.end());
        if (piece != null && isNote(piece) && !Brackets.containsRoundOpen(piece)) {
          // (市教育局,市委农办,排名第一位为牵头单位,下同): the list's own convention closes it, and is no unit (one in
          // brackets after a name, 市财政局(…,下同), is the name's note: stripNotes takes it)
          notes.add(Fold.trim(c.text().substring(p.start())));
          break;
        }
        if (personAfterUnit(folded, p, clauseDrafts)) {
          continue; // 市民政局 伍泽国: a unit and its head, as a 牵头单位及主要负责人 cell gives them
        }
        // 市級各有關部門及各縣市區政府: two names joined by 及 or 和 are two units (住房和城乡建设局 is one name)
        int join = conjunction(folded, p.start(), p.end());
        int glued = join < 0 ? glued(folded, p.start(), p.end()) : -1;
        int[][] parts = join >= 0 ? new int[][] {{p.start(), join}, {join + 1, p.end()}}
            : glued >= 0 ? new int[][] {{p.start(), glued}, {glued, p.end()}} : new int[][] {{p.start(), p.end()}};
        Draft first = null;
        for (int[] part : parts) {
          Draft d = draft(c.text(), folded, part[0], part[1], notes, units);
          // 各街道、镇, 13个街道、镇: the towns too, all of them, named by their one char after the streets; 区、县政府:
          // the district's government too, once distributeSuffixes gives its char the body
          if (d == null) {
            boolean ofAll = placeOfAll(folded, part[0], part[1], clauseDrafts, p.group());
            boolean awaitsBody = !ofAll && levelBeforeGovernment(folded, part[0], part[1], clauseDrafts, p.group());
            if (ofAll || awaitsBody) {
              d = new Draft();
              d.name = c.text().substring(Fold.trimStart(folded, part[0], part[1]),
                  Fold.trimEnd(folded, part[0], part[1]));
              d.awaitsBody = awaitsBody;
            }
          }
          if (d == null) {
            continue;
          }
          if (first == null) {
            first = d;
          } else {
            // 经济投资局和航空口岸局分别牵头: the role word after the second is the pair's
            first.markedLead |= d.markedLead;
            first.markedSupport |= d.markedSupport;
          }
          d.kind = c.kind();
          d.afterConjunction = join >= 0 && part[0] == join + 1;
          d.bold = c.hasType() && mostlyBold(c, part[0], part[1]);
          d.group = p.group();
          d.clause = ci;
          clauseDrafts.add(d);
        }
      }
      if (!endsWithKindOfBodies(folded)) {
        dropTrailingNonNames(clauseDrafts); // (县住建局、公安、工商等部门: 等部门 says the short names are bodies)
      }
      dropDescriptionsBeforeBy(clauseDrafts);
      spreadGroupRoles(clauseDrafts);
      distributeSuffixes(clauseDrafts);
      clauseDrafts.removeIf(d -> d.awaitsBody && d.name.length() == 1); // (a level's char whose body never came)
      restorePrefixes(clauseDrafts);
      drafts.addAll(clauseDrafts);
    }
    boolean typed = false;
    for (Clause c : clauses) {
      typed |= c.hasType();
    }
    return new Result(assign(drafts, convention, typed, clauses, diagnostics, units), ImmutableList.copyOf(notes));
  }

  /**
   * A list without the sentence at its end that states units for all later items ({@code 以下各项工作均需各县、区人民政府
   * 落实,不再列出}): a note of the document's, no unit of this measure. Null if nothing else was there.
   */
  private static Clause withoutStandingNote(Clause c, List<String> notes) {
    if (c.text().indexOf("以下") < 0 && c.text().indexOf("不再") < 0 && c.text().indexOf("下同") < 0) {
      return c; // nearly every list: nothing to look for
    }
    String f = Fold.fold(c.text());
    int stop = f.lastIndexOf('。', Math.max(0, f.length() - 2));
    int from = stop < 0 ? 0 : stop + 1;
    String last = f.substring(from);
    // a sentence after the list's own that says the same holds for what follows (…人民政府,不再做分工,下同。); the
    // list's own sentence may say 下同 of its convention (排名第一位为牵头单位,下同), so only a later one counts
    boolean later = stop >= 0 && (last.contains("不再") || last.contains("下同"));
    if (!later && !last.contains("不再列出") && !(last.contains("以下") && last.contains("均"))) {
      return c;
    }
    if (!later) {
      // (国家发展改革委、财政部按职责分工负责;以下均需各地区落实,不再列出): the note is the clause from 以下, the units before
      int at = last.indexOf("以下") >= 0 ? last.indexOf("以下") : last.indexOf("不再列出");
      for (int i = at - 1; i > 0; i--) {
        if (";,".indexOf(last.charAt(i)) >= 0) {
          stop = from + i;
          from = stop + 1;
          break;
        }
      }
    }
    notes.add(Fold.trim(c.text().substring(from)));
    int keep = Fold.trimEnd(c.text(), 0, stop < 0 ? 0 : stop);
    if (keep == 0) {
      return null;
    }
    boolean[] bold = null;
    if (c.hasType()) {
      bold = new boolean[keep];
      for (int i = 0; i < keep; i++) {
        bold[i] = c.bold(i);
      }
    }
    return new Clause(c.kind(), c.text().substring(0, keep), bold, c.line(), c.column());
  }

  /** Where a 及 or 和 joins two names in {@code f[b, e)} (each a name by itself), or -1. */
  private static int conjunction(String f, int b, int e) {
    // a name is never longer than this: a part of a clause with many 和 is not read again from each (linear work)
    for (int i = b + 2; i < e - 2 && i - b <= MAX_NAME; i++) {
      char c = f.charAt(i);
      // the second with its own level (及各县市区政府): 党委和人民政府 is one body's two faces, its level shared
      // (or its addressee's word: …有关成员单位及有关产业园区)
      if ((c == '及' || c == '和') && i + 1 < e && e - i <= MAX_NAME * 2 && (AgencyNames.opensWithLevel(f.charAt(i + 1))
          || f.startsWith("有关", i + 1) || f.startsWith("相关", i + 1))
          && AgencyNames.isStrongName(f.substring(b, i)) && AgencyNames.startsWithName(withoutRole(f, i + 1, e))) {
        return i;
      }
      // 经济投资局和航空口岸局(分别牵头): two bureaus, each whole (住房和城乡建设局 has no name before its 和)
      if ((c == '及' || c == '和') && i - b >= 3 && "局厅署".indexOf(f.charAt(i - 1)) >= 0 && e - i > 3
          && e - i <= MAX_NAME * 2
          && AgencyNames.isStrongName(f.substring(b, i)) && AgencyNames.isStrongName(withoutRole(f, i + 1, e))) {
        return i;
      }
      // 由宣教办和教育中心负责, 人事处(宣教办)和教育中心: two offices, each a name by its suffix, the first perhaps with
      // its alias (not a body's two faces, 党委和政府, nor a name that holds a 和 inside, 住房和城乡建设局, nor one whose
      // 及 joins the trades it oversees, 市娱乐场所及网吧管理工作领导小组办公室: 场所 are venues, no office)
      if ((c == '及' || c == '和') && i - b >= 3 && e - i > 3 && e - i <= MAX_NAME * 2
          && AgencyNames.isName(withoutAlias(f, b, i)) && !f.startsWith("党委", i - 2) && !f.startsWith("党工委", i - 3)
          && AgencyNames.isName(withoutRole(f, i + 1, e)) && !f.startsWith("政府", i + 1)
          && !f.startsWith("人民政府", i + 1) && OFFICE_ENDS.indexOf(lastOfName(f, b, i)) >= 0
          && !f.startsWith("场所", i - 2)) {
        return i;
      }
      // 区、县人民政府和园区: the governments and a park, two bodies (党委和政府 is one body's two faces, the government
      // second; 政府和社会资本合作中心 a body named by the PPP's words, 政府和社会资本合作)
      if (c == '和' && i - b >= 3 && e - i > 2 && e - i <= MAX_NAME * 2 && f.startsWith("政府", i - 2)
          && AgencyNames.isName(withoutRole(f, i + 1, e)) && !f.startsWith("所属", i + 1)
          && !f.startsWith("社会资本", i + 1)) {
        return i;
      }
      // 各区、县(市)政府及开发区管委会: a government and a zone's committee, two bodies of the same rank (政府及其部门,
      // 政府及所属部门: the government's own departments; 党委和政府: one body's two faces; 政府及自然资源局: each
      // government's own bureau, no body with a place of its own)
      if (c == '及' && i - b >= 3 && e - i > 3 && e - i <= MAX_NAME * 2 && f.startsWith("政府", i - 2)
          && f.charAt(i + 1) != '其' && !f.startsWith("所属", i + 1) && !f.startsWith("下属", i + 1)
          && AgencyNames.isStrongName(withoutRole(f, i + 1, e)) && namesAPlace(f, i + 1, e)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code f[b, e)} names a place of its own, a level or a street in it ({@code 开发区管委会}, {@code 街道办事处};
   * not {@code 自然资源局}, nor 市场监管局, whose 市 is a market's).
   */
  private static boolean namesAPlace(String f, int b, int e) {
    for (int k = b; k < e; k++) {
      if ("省县区镇乡".indexOf(f.charAt(k)) >= 0 || f.startsWith("街道", k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSpaceBetweenHan(String s) {
    for (int i = 1; i + 1 < s.length(); i++) {
      if (Fold.isSpace(s.charAt(i)) && Fold.isHan(s.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** The name with the spaces between two Han chars taken out (a space before a Latin word stays). */
  private static String withoutSpacesBetweenHan(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Fold.isSpace(c) && out.length() > 0 && Fold.isHan(out.charAt(out.length() - 1))) {
        int j = i;
        while (j < s.length() && Fold.isSpace(s.charAt(j))) {
          j++;
        }
        if (j < s.length() && Fold.isHan(s.charAt(j))) {
          i = j - 1;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The last chars of an office's name that may stand before a 和 joining two (局, 办, 处, 中心, 部, 会, 公司 …). */
  private static final String OFFICE_ENDS = "局委办厅署部处室科心院所站队会司";

  /** The last char of the name in {@code f[b, e)}, before an alias in brackets. */
  private static char lastOfName(String f, int b, int e) {
    String name = withoutAlias(f, b, e);
    return name.charAt(name.length() - 1);
  }

  /**
   * Words that open with a level's char but name a field or a scope, not a body of that level: 区商务局市场科 is one
   * bureau's section (市场), 区财政局区级国库支付中心 one bureau's centre.
   */
  private static final java.util.Set<String> LEVEL_WORDS = java.util.Set.of("市场", "市政", "市容", "市区", "市级",
      "市属", "市直", "区域", "区级", "区属", "区直", "县域", "县级", "县属", "县直", "省级", "省属", "省直");

  /**
   * Where a second name starts that was glued to the first with nothing between ({@code 区发改局区统计局}, a table's
   * cell whose line break was lost): after a bureau's strong suffix, a level that opens a name of its own; -1 if none.
   * (A name that goes on after a bureau's, 县教育局教研室, opens no level and is one.)
   */
  private static int glued(String f, int b, int e) {
    for (int k = b + 3; k <= e - 3 && k - b <= MAX_NAME; k++) {
      if ("局委办厅署".indexOf(f.charAt(k - 1)) >= 0 && "省市县区".indexOf(f.charAt(k)) >= 0
          && !LEVEL_WORDS.contains(f.substring(k, k + 2))
          && AgencyNames.isStrongName(f.substring(b, k)) && AgencyNames.isStrongName(withoutRole(f, k, e))
          && !f.startsWith("政府", k + 1) && !f.startsWith("人民政府", k + 1)) {
        return k;
      }
    }
    return -1;
  }

  /** {@code f[b, e)} without a bracket at its end ({@code 人事处(宣教办)} → {@code 人事处}). */
  private static String withoutAlias(String f, int b, int e) {
    if (e - b > 2 && f.charAt(e - 1) == ')') {
      int open = f.lastIndexOf('(', e - 1);
      if (open > b + 1) {
        return f.substring(b, open);
      }
    }
    return f.substring(b, e);
  }

  /**
   * Where a name ends before {@code 等} and a kind of units that closes {@code f[b, e)} ({@code 农业部等部门},
   * {@code 省人事厅等省直有关部门}, {@code …等市直相关单位}), or -1: 部门 or 单位 alone, or a kind of a few chars that says
   * which (有关, 相关, 省直, 各).
   */
  private static int othersAfter(String f, int b, int e) {
    if (!endsWith(f, b, e, "部门") && !endsWith(f, b, e, "单位")) {
      return -1;
    }
    for (int k = e - 3; k > b + 1 && k >= e - 9; k--) {
      if (f.charAt(k) == '等') {
        // 等省直有关部门, 等市直相关单位: a kind of units after it (各高等学校保卫部门 is one name)
        String kind = f.substring(k + 1, e);
        return kind.length() == 2 || kind.contains("有关") || kind.contains("相关") || kind.contains("直")
            || kind.contains("各") ? k : -1;
      }
    }
    return -1;
  }

  /** The role words a piece may carry after its name and before the work it names ({@code 市环保局牵头组织}). */
  private static final String[] ROLES_BEFORE_WORK = {"牵头", "负责", "配合", "主办"};

  /**
   * Where a role word stands in {@code f[b, e)} after a unit's name and before two chars or more of work
   * ({@code 市环保局牵头组织}, {@code 省国土资源厅负责协调…}), or -1. The work must not make the role a noun
   * ({@code 县委办公室负责人}, {@code 市发改委牵头单位}: a person, a label), and a piece that ends as a body does is
   * named by its work ({@code 县级以上人民政府负责林业工作的部门}), no unit and its role.
   */
  private static int roleBeforeWork(String f, int b, int e) {
    boolean namedByWork = (endsWith(f, b, e, "部门") || endsWith(f, b, e, "机构") || endsWith(f, b, e, "单位"))
        && f.lastIndexOf('的', e) > b;
    if (namedByWork) {
      return -1; // 县级以上人民政府负责林业工作的部门: a body named by the work it is in charge of, one name
    }
    for (int k = b + 2; k + 4 <= e; k++) {
      for (String w : ROLES_BEFORE_WORK) {
        if (f.startsWith(w, k) && !f.startsWith("人", k + 2) && !f.startsWith("单位", k + 2)
            && !f.startsWith("部门", k + 2) && !f.startsWith("领导", k + 2) && AgencyNames.isName(f.substring(b, k))) {
          return k;
        }
      }
    }
    return -1;
  }

  /**
   * The role words {@link #withoutRole} takes off a name's end, the doing of it too (…,各设区市政府和杨凌示范区管委会落实:
   * after the second name). Made once: asked at every 和 or 及 that may join two names.
   */
  private static final String[] NAME_ROLES = {"牵头", "配合", "负责", "主办", "协办", "参与", "组织落实", "组织实施",
      "负责落实", "落实"};
  private static final String[] NAME_MANNERS = {"分别", "共同", "各自", "分工"};

  /** {@code f[b, e)} without the role words at its end ({@code 分别牵头}, {@code 配合}). */
  private static String withoutRole(String f, int b, int e) {
    for (String w : NAME_ROLES) {
      if (endsWith(f, b, e, w)) {
        e -= w.length();
        break;
      }
    }
    for (String w : NAME_MANNERS) {
      if (endsWith(f, b, e, w)) {
        e -= w.length();
        break;
      }
    }
    return f.substring(b, e);
  }

  private static boolean mostlyBold(Clause c, int start, int end) {
    int bold = 0;
    int chars = 0;
    for (int i = start; i < end; i++) {
      if (!Fold.isSpace(c.text().charAt(i))) {
        chars++;
        bold += c.bold(i) ? 1 : 0;
      }
    }
    return chars > 0 && bold * 2 > chars;
  }

  /** One piece to a draft unit, or null when nothing of a name is left. */
  private static Draft draft(String text, String folded, int start, int end, List<String> notes,
      SharedUnits units) {
    // work on [b, e) of the clause and its folded twin (folding is char for char), cutting one string at the end
    String s0 = text;
    String f0 = folded;
    int b = start;
    int e = end;
    e = Fold.trimEnd(s0, b, e);
    b = Fold.trimStart(s0, b, e);
    for (int i = b; i < e; i++) {
      if (Brackets.isRoundOpen(s0.charAt(i))) {
        // a bracket may hold a note about the document: take it out, and go on with what is left
        s0 = stripNotes(s0.substring(b, e), notes);
        f0 = Fold.fold(s0);
        b = 0;
        e = s0.length();
        break;
      }
    }
    Draft d = new Draft();
    // 区农业农村委*, ★市卫健委: a sign that marks the lead is no part of the name
    while (b < e && LeadConvention.SIGNS.indexOf(f0.charAt(b)) >= 0 && !LeadConvention.masksPlace(f0, b, e)) {
      d.signed = true;
      b = Fold.trimStart(s0, b + 1, e);
    }
    while (e > b && LeadConvention.SIGNS.indexOf(f0.charAt(e - 1)) >= 0) {
      d.signed = true;
      e = Fold.trimEnd(s0, b, e - 1);
    }
    // 由X牵头: the 由 is grammar, not name
    if (s0.startsWith("由", b) && e - b > 2) {
      b++;
      d.by = true;
    }
    boolean changed = true;
    while (changed && b < e) {
      changed = false;
      if (endsWith(f0, b, e, "牵头") || endsWith(f0, b, e, "主办") || endsWith(f0, b, e, "主责")) {
        e -= endsWith(f0, b, e, "总牵头") && e - b > 4 ? 3 : 2; // 省农委总牵头: the overall lead
        d.markedLead = true;
        changed = true;
        continue;
      }
      for (String w : SUPPORT_BY_LAST.get(f0.charAt(e - 1))) {
        if (endsWith(f0, b, e, w)) {
          e -= w.length();
          d.markedSupport = true;
          changed = true;
          break;
        }
      }
      if (changed) {
        continue;
      }
      for (String w : NEUTRAL_BY_LAST.get(f0.charAt(e - 1))) {
        if (endsWith(f0, b, e, w)) {
          e -= w.length();
          changed = true;
          break;
        }
      }
      int others = changed ? -1 : othersAfter(f0, b, e);
      if (others > b) {
        // 农业部等部门, 省人事厅等省直有关部门: the list's other members, no part of the last one's name; 财政等部门: a
        // field's word before them names its department, as 财政部门 would
        d.fieldOfDepartments = e - others == 3 && endsWith(f0, b, e, AgencyNames.SHARED_BODY)
            && AgencyNames.isFieldWord(f0, b, others);
        e = others;
        changed = true;
      }
      if (!changed && endsWith(f0, b, e, "等") && e - b > 2) {
        e--;
        changed = true;
      }
      e = Fold.trimEnd(s0, b, e);
      b = Fold.trimStart(s0, b, e);
    }
    int role = roleBeforeWork(f0, b, e);
    if (role > 0) {
      // 市环保局牵头组织, 具体职能部门负责起草: a name, its role, then the work it takes on, the clause's words run on
      // after the role where a list would have closed; the work is no part of the name
      d.markedLead |= f0.startsWith("牵头", role) || f0.startsWith("主办", role);
      d.markedSupport |= f0.startsWith("配合", role);
      e = Fold.trimEnd(s0, b, role);
    }
    if (b == e) {
      return null;
    }
    if (Brackets.isRoundClose(f0.charAt(e - 1)) && Brackets.matchingOpen(f0.substring(b, e), e - b - 1) < 0) {
      // 各区疫情防控指挥部): the close of a bracket opened on a line before, where a clause was broken
      e = Fold.trimEnd(s0, b, e - 1);
      if (b == e) {
        return null;
      }
    }
    String s = units.name(s0, b, e);
    if (hasSpaceBetweenHan(s)) {
      s = withoutSpacesBetweenHan(s); // 市 财政局: a name a PDF's text broke, whole again
    }
    // 市工信局(牵头): a role word in brackets
    if (Brackets.isRoundClose(s.charAt(s.length() - 1))) {
      int open = Brackets.matchingOpen(s, s.length() - 1);
      if (open > 0) {
        String inner = Fold.fold(Fold.trim(s.substring(open + 1, s.length() - 1)));
        if (inner.equals("牵头") || inner.equals("牵头单位") || inner.equals("主办") || inner.equals("主责")) {
          d.markedLead = true;
          s = Fold.trim(s.substring(0, open));
        } else if (inner.equals("配合") || inner.equals("协办") || inner.equals("参与") || inner.equals("配合单位")) {
          d.markedSupport = true;
          s = Fold.trim(s.substring(0, open));
        }
      }
    }
    if (s.isEmpty()) {
      return null;
    }
    // a bracketed agency name at the end is an alias: 市委统战部(市民族宗教局)
    if (Brackets.isRoundClose(s.charAt(s.length() - 1))) {
      int open = Brackets.matchingOpen(s, s.length() - 1);
      if (open > 0) {
        String inner = Fold.trim(s.substring(open + 1, s.length() - 1));
        if (AgencyNames.isAlias(inner) || AgencyNames.isOfficesOtherBoard(s.substring(0, open), inner)) {
          d.alias = inner;
          s = Fold.trim(s.substring(0, open));
        }
      }
    }
    if (s.isEmpty() || Character.isDigit(s.charAt(s.length() - 1))) {
      return null; // 元坝镇280, 1300: a quota or an amount among names, no unit
    }
    String fs = Fold.fold(s);
    if (fs.startsWith("牵头") || fs.startsWith("责任") || fs.startsWith("配合") || fs.startsWith("协办")) {
      return null; // (牵头部: a label cut where the page was, its words no unit's name
    }
    if (AgencyNames.isLeaderTitle(Fold.fold(s))) {
      return null; // 分管副省长、协管副秘书长负责,省发展改革委牵头: the leaders in charge, people, no units
    }
    if (Labels.named(Fold.fold(s)) != null && !isFieldsBody(Fold.fold(s))) {
      // (责任单位;住建局、…), (落实单位;区交通局): a label whose colon was mistyped, no unit; a field's 部门 that only
      // has a label's shape (建设部门) is a name
      return null;
    }
    if (s.length() == 1) {
      return null; // 区: a name cut off after its level, where a page was cut; no unit's name is one char
    }
    if (s.length() == 2 && "市县区省镇乡".indexOf(Fold.fold(s.charAt(0))) >= 0 && !AgencyNames.isName(Fold.fold(s))) {
      return null; // 区政: a name cut off after its level, where a page was cut
    }
    d.name = s;
    return d;
  }

  /**
   * Whether a piece is a person's name standing after a unit's, a space between: two to four Han chars that are no
   * unit's name, after a piece that is one.
   */
  private static boolean personAfterUnit(String folded, UnitListSplitter.Piece p, List<Draft> before) {
    int b = Fold.trimStart(folded, p.start(), p.end());
    int e = Fold.trimEnd(folded, b, p.end());
    if (before.isEmpty() || p.start() == 0 || !Fold.isSpace(folded.charAt(p.start() - 1)) || e - b < 2 || e - b > 4) {
      return false;
    }
    for (int i = b; i < e; i++) {
      if (!Fold.isHan(folded.charAt(i))) {
        return false;
      }
    }
    String piece = folded.substring(b, e);
    return !AgencyNames.isName(piece) && AgencyNames.isName(Fold.fold(before.get(before.size() - 1).name));
  }

  /**
   * Drops a run of two or more pieces at the end of a list that are no names, after one that is: what followed the
   * list on its line ({@code 各区政府 江东 江北 合计 实际完成}, a table glued after it), not units.
   */
  private static void dropTrailingNonNames(List<Draft> drafts) {
    int k = drafts.size();
    while (k > 0 && !AgencyNames.isName(Fold.fold(drafts.get(k - 1).name))) {
      k--;
    }
    if (k > 0 && drafts.size() - k >= 2) {
      drafts.subList(k, drafts.size()).clear();
    }
  }

  /**
   * {@code (州人大第214号建议,县环卫所李燕芹等11人,由我局主办)}: where a part after 由 says who carries the task out with
   * its role word and a part before it holds a number (the suggestion's, the proposers' count), the parts before it
   * with no role word of their own and no agency's name are what the bracket describes, no units.
   */
  private static void dropDescriptionsBeforeBy(List<Draft> drafts) {
    int by = -1;
    for (int i = 1; i < drafts.size() && by < 0; i++) {
      Draft d = drafts.get(i);
      by = d.by && (d.markedLead || d.markedSupport) ? i : -1;
    }
    boolean numbered = false;
    for (int i = 0; i < by && !numbered; i++) {
      numbered = hasDigit(drafts.get(i).name);
    }
    if (!numbered) {
      return; // (县一中、实验小学,由县教育局配合: short names the 由 part adds to, units still)
    }
    for (int i = by - 1; i >= 0; i--) {
      Draft d = drafts.get(i);
      if (!d.markedLead && !d.markedSupport && !AgencyNames.isName(Fold.fold(d.name))) {
        drafts.remove(i);
      }
    }
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether a list ends with 等 and the kind of bodies its names are ({@code 等部门}, {@code 等有关单位}). */
  private static boolean endsWithKindOfBodies(String folded) {
    int e = Fold.trimEnd(folded, 0, folded.length());
    while (e > 0 && "。;,".indexOf(folded.charAt(e - 1)) >= 0) {
      e--;
    }
    for (String kind : new String[] {"部门", "单位", "机关"}) {
      if (endsWith(folded, 0, e, kind)) {
        int et = folded.lastIndexOf('等', e - kind.length());
        return et >= 0 && e - kind.length() - et <= 3;
      }
    }
    return false;
  }

  /** Whether {@code f[b, e)} ends with w. */
  private static boolean endsWith(String f, int b, int e, String w) {
    return e - b >= w.length() && f.startsWith(w, e - w.length());
  }

  /** Removes bracketed notes from s (adding them to notes) and returns what is left. */
  private static String stripNotes(String s, List<String> notes) {
    StringBuilder out = null;
    int n = s.length();
    int i = 0;
    int copied = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Brackets.isRoundOpen(c)) {
        int close = Brackets.matchingClose(s, i);
        int end = close < 0 ? n : close + 1;
        String inner = s.substring(i + 1, close < 0 ? n : close);
        if (isNote(Fold.fold(inner))) {
          if (out == null) {
            out = new StringBuilder(n);
          }
          out.append(s, copied, i);
          notes.add(Fold.trim(inner));
          copied = end;
        }
        i = end;
      } else {
        i++;
      }
    }
    if (out == null) {
      return s;
    }
    out.append(s, copied, n);
    return Fold.trim(out.toString());
  }

  static boolean isNote(String folded) {
    for (String w : NOTE_WORDS) {
      if (folded.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** 市X局、市Y局牵头: a role word at the end of a group's last unit applies to the whole group. */
  private static void spreadGroupRoles(List<Draft> drafts) {
    for (int i = drafts.size() - 1; i > 0; i--) {
      Draft last = drafts.get(i);
      boolean endOfGroup = i == drafts.size() - 1 || drafts.get(i + 1).group != last.group;
      if (!endOfGroup || !(last.markedLead || last.markedSupport)) {
        continue;
      }
      for (int j = i - 1; j >= 0 && drafts.get(j).group == last.group; j--) {
        Draft d = drafts.get(j);
        if (!d.markedLead && !d.markedSupport) {
          d.markedLead = last.markedLead;
          d.markedSupport = last.markedSupport;
        }
      }
    }
  }

  /**
   * Whether {@code f[b, e)} is one char of a kind of place ({@code 镇}) after a name of all places of a kind in the same
   * group ({@code 各街道}, {@code 13个街道}).
   */
  private static boolean placeOfAll(String f, int b, int e, List<Draft> before, int group) {
    int s = Fold.trimStart(f, b, e);
    if (Fold.trimEnd(f, s, e) != s + 1 || "乡镇村县市区".indexOf(f.charAt(s)) < 0) {
      return false;
    }
    if (before.isEmpty() || before.get(before.size() - 1).group != group) {
      return false;
    }
    Draft last = before.get(before.size() - 1);
    String name = Fold.fold(last.name);
    if ("县市区".indexOf(f.charAt(s)) >= 0) {
      // 各县、市、区政府: every county, city and district, the government after the last each one's
      return last.group == group && name.length() == 2 && name.charAt(0) == '各' && isPlaceEnd(name.charAt(1));
    }
    return last.group == group && (name.startsWith("各") || AgencyNames.startsWithCount(name)) && name.length() <= 8;
  }

  /**
   * Whether {@code f[b, e)} is a level's one char that opens its group before the government of another level ({@code
   * 区、县政府}, {@code 市、县人民政府}): that government is each one's, the char kept for {@link #distributeSuffixes}.
   */
  private static boolean levelBeforeGovernment(String f, int b, int e, List<Draft> before, int group) {
    int s = Fold.trimStart(f, b, e);
    if (Fold.trimEnd(f, s, e) != s + 1 || "县市区".indexOf(f.charAt(s)) < 0
        || !before.isEmpty() && before.get(before.size() - 1).group == group) {
      return false;
    }
    int next = Fold.trimStart(f, e, f.length());
    if (next + 1 >= f.length() || f.charAt(next) != '、') {
      return false;
    }
    int k = Fold.trimStart(f, next + 1, f.length());
    return k + 1 < f.length() && "县市区".indexOf(f.charAt(k)) >= 0 && f.charAt(k) != f.charAt(s)
        && (f.startsWith("政府", k + 1) || f.startsWith("人民政府", k + 1));
  }

  /** 沂水县、沂南县、临沭县政府 → 沂水县政府、沂南县政府、临沭县政府. */
  private static void distributeSuffixes(List<Draft> drafts) {
    if (drafts.size() == 1 && drafts.get(0).fieldOfDepartments) {
      drafts.get(0).name = drafts.get(0).name + AgencyNames.SHARED_BODY; // 财政等部门: 财政部门
    }
    for (int i = 1; i < drafts.size(); i++) {
      Draft last = drafts.get(i);
      // (各区、县(市)政府及开发区管委会: the governments' body is theirs, the committee after 及 a name of its own)
      boolean endOfGroup = i == drafts.size() - 1 || drafts.get(i + 1).group != last.group
          || drafts.get(i + 1).afterConjunction;
      if (!endOfGroup) {
        continue;
      }
      String f = Fold.fold(last.name);
      String org = null;
      for (String w : ORG_WORDS) {
        if (f.endsWith(w) && f.length() > w.length() && isPlaceEnd(f.charAt(f.length() - w.length() - 1))) {
          org = last.name.substring(last.name.length() - w.length());
          break;
        }
      }
      if (org == null) {
        // 各市、县(市、区)教育局, 沂水县、沂南县、临沭县教育局: the bureau after the last place is each place's before it —
        // where the places are of one kind: named places of its level (not 柳泉镇、淄川区住建局), or every place of a
        // level before a level with its bracket of levels or a government (各县、区人民政府(管委会); not 各区、市统计局,
        // nor 各县(市、区)、市委宣传部: a level alone before a bureau is that level's, 市统计局, and 市场监管局 no 场监管局)
        int body = bodyAfterPlace(f);
        String before = i > 0 && drafts.get(i - 1).group == last.group ? Fold.fold(drafts.get(i - 1).name) : "";
        boolean named = body > 2 && !Brackets.isOpen(f.charAt(1)) && before.length() >= 2
            && before.charAt(before.length() - 1) == f.charAt(body - 1) && !before.startsWith("各");
        boolean levels = isAllOfLevel(before) && (body > 2 && Brackets.isOpen(f.charAt(1))
            || body == 1 && startsWithOrgWord(f.substring(1)));
        org = isBarePlace(before) && (named || levels) ? last.name.substring(body) : null;
      }
      if (org == null) {
        shareBody(drafts, i);
        continue;
      }
      for (int j = i - 1; j >= 0 && drafts.get(j).group == last.group && isBarePlace(drafts.get(j).name); j--) {
        drafts.get(j).name = drafts.get(j).name + org;
      }
    }
  }

  /** Words of a label's modifier that say a role, not a field: 落实部门, 责任部门, 牵头部门 are labels. */
  private static final String[] ROLE_MORPHEMES = {"牵头", "主办", "主责", "配合", "协办", "协同", "参与", "协助", "责任",
      "落实", "负责", "承办", "实施", "主管", "具体", "完成", "办理", "执行", "督办", "职能"};

  /** Whether a folded name is a field's word and 部门 ({@code 建设部门}), no role's label. */
  private static boolean isFieldsBody(String f) {
    if (!f.endsWith(AgencyNames.SHARED_BODY) || f.length() > 8) {
      return false;
    }
    for (String w : ROLE_MORPHEMES) {
      if (f.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** 公安、交通部门 → 公安部门、交通部门: bare fields before a name that ends with the body word they share. */
  private static void shareBody(List<Draft> drafts, int i) {
    Draft last = drafts.get(i);
    String f = Fold.fold(last.name);
    // (财政等部门 after fields: 财政部门 too, with the others, where every name before it is a field's bare word)
    boolean fields = last.fieldOfDepartments && AgencyNames.isFieldWord(f, 0, f.length());
    if (!fields && (!f.endsWith(AgencyNames.SHARED_BODY)
        || !AgencyNames.isFieldWord(f, 0, f.length() - AgencyNames.SHARED_BODY.length()))) {
      return;
    }
    for (int j = i - 1; j >= 0 && drafts.get(j).group == last.group; j--) {
      String name = Fold.fold(drafts.get(j).name);
      if (!AgencyNames.isFieldWord(name, 0, name.length())) {
        return;
      }
    }
    for (int j = i - 1; j >= 0 && drafts.get(j).group == last.group; j--) {
      drafts.get(j).name = drafts.get(j).name + AgencyNames.SHARED_BODY;
    }
    if (fields) {
      last.name = last.name + AgencyNames.SHARED_BODY;
    }
  }

  /**
   * Where the body of a name starts after its place ({@code 县教育局}, {@code 县(市、区)教育局}, {@code 临沭县教育局}: a
   * place's name to its level char, its bracket of other levels, then a bureau's name by its suffix), or -1.
   */
  private static int bodyAfterPlace(String f) {
    int b = 0;
    while (b < f.length() && b < 6 && !isPlaceEnd(f.charAt(b))) {
      b++;
    }
    if (b >= f.length() || b >= 6 || b > 0 && !Fold.isHan(f.charAt(0))) {
      return -1;
    }
    b++;
    if (f.length() > b && Brackets.isOpen(f.charAt(b))) {
      int close = b + 1;
      while (close < f.length() && close - b <= 8 && !Brackets.isClose(f.charAt(close))) {
        close++;
      }
      if (close >= f.length() || close - b > 8) {
        return -1;
      }
      b = close + 1;
    }
    String rest = f.substring(b);
    boolean org = false;
    for (String w : ORG_WORDS) {
      org |= rest.equals(w);
    }
    return (org || rest.length() >= 3 && AgencyNames.isStrongName(rest)) && !f.startsWith("各", b) ? b : -1;
  }

  /** Whether a name starts with a government's word ({@code 人民政府(管委会)}). */
  private static boolean startsWithOrgWord(String f) {
    for (String w : ORG_WORDS) {
      if (f.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name is every place of a level ({@code 各市}, {@code 各县(市)}). */
  private static boolean isAllOfLevel(String f) {
    // (各州、市人民政府, 各盟、市: autonomous prefectures and leagues, a level only after 各; 杭州、沧州开发区 are places)
    return f.length() >= 2 && f.charAt(0) == '各' && (isPlaceEnd(f.charAt(1)) || f.charAt(1) == '州' || f.charAt(1) == '盟')
        && (f.length() == 2 || Brackets.isOpen(f.charAt(2)));
  }

  private static boolean isPlaceEnd(char folded) {
    return folded == '县' || folded == '区' || folded == '市' || folded == '镇' || folded == '乡' || folded == '旗';
  }

  private static boolean isBarePlace(String name) {
    String f = Fold.fold(name);
    int open = f.indexOf('(');
    if (open > 0 && f.endsWith(")") && f.length() - open <= 6) {
      // 各市(县): a place and its alternative level in brackets, before the body they share (各市(县)、区政府)
      String inner = f.substring(open + 1, f.length() - 1);
      for (int i = 0; i < inner.length(); i++) {
        if (!isPlaceEnd(inner.charAt(i)) && inner.charAt(i) != '、') {
          return false;
        }
      }
      f = f.substring(0, open);
    }
    if (f.length() == 1 && "县市区".indexOf(f.charAt(0)) >= 0) {
      return true; // 各县、市、区政府: a level's one char after every place of another (kept only there, placeOfAll)
    }
    // 沂水县、沂南县, and 各县、区 (every county and district) before the body they share
    return f.length() >= 2 && f.length() <= 6 && (isPlaceEnd(f.charAt(f.length() - 1)) || isAllOfLevel(f))
        && (!f.startsWith("各") || f.length() == 2) && !f.contains("(");
  }

  /** 市发改委、经贸委: a later agency without the level prefix of the first unit gets it restored. */
  private static void restorePrefixes(List<Draft> drafts) {
    if (drafts.size() < 2) {
      return;
    }
    String first = Fold.fold(drafts.get(0).name);
    char level = first.charAt(0);
    if ("市县区省".indexOf(level) < 0 || first.length() < 3) {
      return;
    }
    String prefix = drafts.get(0).name.substring(0, 1);
    for (int i = 1; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      String f = Fold.fold(d.name);
      boolean agency = AgencyNames.isBureau(f);
      boolean placeOrLevel = f.startsWith("各") || f.startsWith("全") || f.startsWith("中")
          || f.startsWith("省") || f.startsWith("市") || f.startsWith("县") || f.startsWith("区")
          || f.contains("县") || f.contains("区") || f.contains("镇") || f.contains("乡");
      if (agency && !placeOrLevel) {
        d.restored = prefix + d.name;
      }
    }
  }

  private static ImmutableList<Responsibility> assign(List<Draft> drafts, LeadConvention convention, boolean typed,
      List<Clause> clauses, Diagnostics diagnostics, SharedUnits units) {
    boolean anyMarkedLead = false;
    boolean anySupportClause = false;
    int bold = 0;
    for (Draft d : drafts) {
      anyMarkedLead |= d.kind == Clause.Kind.LEAD || d.markedLead;
      anySupportClause |= d.kind == Clause.Kind.SUPPORT;
      bold += d.bold ? 1 : 0;
    }
    // Bold type marks the lead where some units are bold and others not, or where the document says so
    boolean byBold = typed && !anyMarkedLead && bold > 0
        && (bold < drafts.size() || convention == LeadConvention.BOLD);
    if (typed && convention == LeadConvention.BOLD && bold == 0 && !anyMarkedLead && !drafts.isEmpty()) {
      Clause c = clauses.get(0);
      diagnostics.add(Diagnostic.Kind.NO_MARKED_LEAD, "the document says bold type marks the lead, but no unit of '"
          + c.text() + "' is bold; the first listed unit was taken", c.line(), c.column());
    }
    int signed = 0;
    for (Draft d : drafts) {
      signed += d.signed ? 1 : 0;
    }
    // a sign marks the lead where some units have it and others not, or where the document says so
    boolean bySign = !anyMarkedLead && signed > 0
        && (signed < drafts.size() || drafts.size() == 1 || convention == LeadConvention.SIGN);
    // 责任部门:X 配合部门:Y — beside a list of supporters, the responsible units are the leads
    boolean genericLeads = anySupportClause && !anyMarkedLead;
    List<Responsibility> out = new ArrayList<>(drafts.size());
    List<String> folded = new ArrayList<>(drafts.size());
    boolean firstTaken = false;
    for (Draft d : drafts) {
      Role role;
      Basis basis = null;
      if (d.markedLead || (d.kind == Clause.Kind.LEAD && !d.markedSupport)) {
        role = Role.LEAD;
        basis = Basis.MARKED;
      } else if (bySign) {
        role = d.signed ? Role.LEAD : Role.SUPPORT;
        basis = d.signed ? Basis.MARKED : null;
      } else if (byBold) {
        role = d.bold ? Role.LEAD : Role.SUPPORT;
        basis = d.bold ? Basis.BOLD : null;
      } else if (d.kind == Clause.Kind.SUPPORT || d.markedSupport || anyMarkedLead) {
        role = Role.SUPPORT;
      } else if (genericLeads || convention == LeadConvention.ALL_RESPONSIBLE_LEAD) {
        role = Role.LEAD;
        basis = Basis.MARKED;
      } else if (!firstTaken) {
        role = Role.LEAD;
        basis = Basis.FIRST_LISTED;
        firstTaken = true;
      } else {
        role = Role.SUPPORT;
      }
      add(out, folded, units.responsibility(d.name, d.alias, d.restored, role, basis));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Adds a responsibility, or, where its unit is listed already (a lead column beside a list that names the lead
   * again), keeps the unit once, where it was first listed, as lead if either says so.
   */
  private static void add(List<Responsibility> out, List<String> folded, Responsibility r) {
    String name = Fold.fold(r.unit().name());
    int i = folded.indexOf(name);
    if (i < 0) {
      out.add(r);
      folded.add(name);
    } else if (out.get(i).role() != Role.LEAD && r.role() == Role.LEAD) {
      out.set(i, r);
    }
  }

  /** The chars of a level that opens a name: 省, 市, 县, 区, 镇, 乡. */
  private static final String LEVEL_CHARS = "省市县区镇乡";

  /**
   * Pieces parted only by a space that are one name broken by it, as a PDF's text breaks words ({@code 市 财政局},
   * {@code 资源规划 局}, {@code 伏羲 山管委 会}): a piece that is no name with the next, where together they are one, or
   * where it is a level's char alone. Names a space parts ({@code 市教育局 市财政局}) stay apart.
   */
  private static List<UnitListSplitter.Piece> rejoinBrokenNames(CharSequence s, List<UnitListSplitter.Piece> pieces) {
    if (pieces.size() < 2) {
      return pieces;
    }
    List<UnitListSplitter.Piece> out = new ArrayList<>(pieces.size());
    UnitListSplitter.Piece left = pieces.get(0);
    for (int k = 1; k < pieces.size(); k++) {
      UnitListSplitter.Piece right = pieces.get(k);
      if (left.group() == right.group() && onlySpaces(s, left.end(), right.start()) && brokenName(s, left, right)) {
        left = new UnitListSplitter.Piece(left.start(), right.end(), left.group());
      } else {
        out.add(left);
        left = right;
      }
    }
    out.add(left);
    return out;
  }

  private static boolean onlySpaces(CharSequence s, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Fold.isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether two pieces a space parts are one name broken by it (see {@link #rejoinBrokenNames}). */
  private static boolean brokenName(CharSequence s, UnitListSplitter.Piece left, UnitListSplitter.Piece right) {
    String a = Fold.trim(Fold.fold(s.subSequence(left.start(), left.end()).toString())).replace(" ", "");
    String b = Fold.trim(Fold.fold(s.subSequence(right.start(), right.end()).toString()));
    if (a.isEmpty() || b.isEmpty() || !Fold.isHan(a.charAt(a.length() - 1)) || !Fold.isHan(b.charAt(0))) {
      return false;
    }
    if (!AgencyNames.isName(a + b)) {
      return false;
    }
    // 市 财政局: a level's char alone before a name
    boolean levelAlone = a.length() == 1 && LEVEL_CHARS.indexOf(a.charAt(0)) >= 0;
    // 资源规划 局, 山管委 会: a name's last char or two alone after the rest (not a level's char, 市财政局 市 教育局,
    // nor a place after a name, 各区政府 鄞州)
    boolean rightPart = b.length() <= 2 && !AgencyNames.isName(b) && AgencyNames.mayEndList(b, 0, b.length())
        && LEVEL_CHARS.indexOf(b.charAt(0)) < 0 && a.charAt(0) != '各';
    // or a short piece that is no name before one that is none alone either (not 联通 铁塔公司, 王强 市民政局)
    // 市自然资源和 规划局, 市市场监督 管理局: a piece that opens with a level and is no name yet, before the rest of it
    boolean leftPart = !AgencyNames.isName(a) && LEVEL_CHARS.indexOf(b.charAt(0)) < 0
        && (LEVEL_CHARS.indexOf(a.charAt(0)) >= 0 && a.length() <= 12 || a.length() <= 4 && !AgencyNames.isName(b));
    return levelAlone || rightPart || leftPart;
  }
}
