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
package dev.mandate.parser.internal.layout;

import dev.mandate.model.Diagnostic;
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Every line no other family reads: an item, numbered or not, that may be a measure (closed by an inline clause, a
 * role sentence, labels after it, or label lines below it), a heading, the wrapped rest of the item above, or
 * nothing; {@link OutlineResolver} decides which once the text is read.
 */
final class Items {

  private final Outline outline;
  /** The measure the last line's bare list of units went to: the next such line goes on with its units cell. */
  private RawMeasure bareUnitsOf;
  /** The numbers of the lines read so far, that tell an item's number from a decimal. */
  private final NumberSequence numbers = new NumberSequence();
  /** The lines an item's units lead or head. */
  private final UnitLines units;

  Items(Outline outline) {
    this.outline = outline;
    this.units = new UnitLines(outline);
  }

  void read(Line line) {
    read(line, false, List.of(), 0);
  }

  /**
   * Reads a line; {@code lastOfText}: no line with text follows (a bracket open at its end was cut there). The line is
   * block {@code index} of {@code blocks}, where the line after it may be looked at.
   */
  void read(Line line, boolean lastOfText, List<? extends Block> blocks, int index) {
    String text = line.text();
    String folded = line.folded();
    RawMeasure bare = bareUnitsOf;
    bareUnitsOf = null;
    Numbering.Prefix prefix = numbers.read(folded, Numbering.of(folded));
    if (prefix.style == Numbering.CHAPTER && LineShapes.isArticle(folded, prefix.length)
        && UnitHeading.of(folded, prefix.length) == null && !UnitHeading.namesWeakOfficeDuties(folded, prefix.length)) {
      // 第二条 本办法适用于…: an article of a regulation, no heading or item of a plan, unless it names a unit's
      // duties (第七条 区科委工作职责:, 第五条 营销部职责), carries its own clause (第二条 推进…。(牵头责任单位:…)) or opens with its unit,
      // an item under its chapter then
      prefix = ClauseBrackets.bracketStart(folded, prefix.length) > 0 || SubjectBounds.bindsUnit(folded, prefix.length)
          ? new Numbering.Prefix(Numbering.ARTICLE, prefix.length) : Numbering.of("");
    }
    if (bare != null && prefix.style == Numbering.NONE && outline.current() != null
        && outline.current().measure() == bare
        && (LineShapes.isBareUnits(folded) || LineShapes.isLevelledShortName(folded)
            || lastOfText && FlatCells.isListLedByName(folded))) {
      // 省卫生厅 / 省发改委 / 省财政厅: a units cell broken one unit a line goes on (as the text's last line, a list
      // its first name leads though the page's end cut its last: 区投促局、多福湾工作专)
      int b = Fold.trimStart(text, 0, text.length());
      Clause units = new Clause(Clause.Kind.GENERIC, text.substring(b, Fold.trimEnd(text, b, text.length())),
          line.number(), b + 1);
      bare.addClause(units);
      if (bare.bareUnits != null) {
        bare.bareUnits.add(units);
      }
      bareUnitsOf = bare;
      return;
    }
    int colon = Fold.trimStart(folded, 0, folded.length());
    if (colon < folded.length() && folded.charAt(colon) == ':' && outline.current() != null
        && LineShapes.isBareUnits(folded.substring(colon + 1))) {
      // :市市容局 under a task: a units line whose label the copy lost before its colon
      int b = Fold.trimStart(text, colon + 1, text.length());
      outline.attach(text.substring(b), null, line.number(), b + 1);
      return;
    }
    if (prefix.style == Numbering.NONE) {
      ProseAssignment a = ProseAssignment.of(folded);
      if (a != null) {
        // 以上4项目标的责任单位均为市发展改革委: units for the items before, not an item
        outline.closeContinuation();
        outline.assignBack(a.count, new Clause(a.kind, text.substring(a.listStart, a.listEnd), line.number(),
            a.listStart + 1));
        return;
      }
    }
    if (outline.prose && prefix.style == Numbering.NONE && prose(line, text, folded)) {
      return;
    }
    int clauseStart = ClauseBrackets.bracketStart(folded, prefix.length);
    if (clauseStart < 0 && lastOfText) {
      clauseStart = ClauseBrackets.cutBracketStart(folded, prefix.length);
    }
    if (prefix.style == Numbering.NONE && clauseStart > 0 && LineShapes.namesAGroup(folded, clauseStart)
        && !mayWrapItemAbove(outline, blocks, index) && LineShapes.opensFirstItem(FlatCells.nthText(blocks, index + 1, 1))) {
      // 三义街社区(责任单位:…) / 1、… / 2、…: a group's name and its units over the items numbered from 1 below it, as
      // 一、三义街社区(责任单位:…) would be, not an item of its own or the last line of the item above
      prefix = new Numbering.Prefix(Numbering.NAMED_GROUP, 0);
    }
    if (clauseStart < 0 && prefix.style == Numbering.NONE && units.headsListBelow(line, text, folded, blocks, index)) {
      return;
    }
    if (clauseStart < 0 && prefix.style != Numbering.NONE && folded.indexOf(':') < 0
        && rowFollows(blocks, index) && rowWithUnitsLast(line, text, folded, prefix)) {
      return;
    }
    if (units.read(line, text, folded, prefix, clauseStart, blocks, index,
        rest -> read(rest, lastOfText, blocks, index))) {
      return;
    }
    if (clauseStart >= 0 && tasksEachWithItsClause(line, text, folded, prefix, clauseStart)) {
      return;
    }
    if (clauseStart < 0) {
      int[] own = InlineClauses.thisTasksClause(folded, prefix.length);
      if (own != null) {
        // 城镇新增就业1000万人以上。这项工作由人力资源社会保障部负责,去年…: the task, then whose it is, then progress
        int b = Fold.trimStart(text, prefix.length, own[0]);
        int e = Fold.trimEnd(text, b, own[0]);
        RawMeasure m = new RawMeasure(text.substring(b, e), line.number(), b + 1);
        outline.addClauses(m, InlineClauses.roleSentenceClauses(text, folded, own[1] + 1, own[2], line.number()));
        m.closingClause = true;
        outline.addCandidate(new Item(m, prefix.style, Fold.trim(text), false), text, b, e);
        return;
      }
      clauseStart = InlineClauses.roleSentenceStart(folded, prefix.length);
      List<Clause> joined = clauseStart < 0 && prefix.style != Numbering.NONE
          ? JoinedRoleClause.of(text, folded, prefix.length, line.number()) : null;
      boolean subject = false;
      if (joined == null && clauseStart < 0 && (prefix.style != Numbering.NONE
          || RoleClauseStarts.unnumberedTopicBody(folded, Fold.trimStart(folded, 0, folded.length()), folded.length()) > 0)) {
        // (食品安全。由…牵头,会同…: an unnumbered paragraph's run-in title reads as a numbered item's topic)
        joined = TopicSubject.of(text, folded, prefix.length, line.number());
        subject = joined != null;
      }
      if (joined != null) {
        // 关于…的问题,由国土资源部会同农业部等部门负责落实。: the clause is the task sentence's own, kept in its text
        // (1、整治居民区。各乡镇政府负责…: the units that open the body after the item's topic, likewise)
        int b = Fold.trimStart(text, prefix.length, text.length());
        int e = Fold.trimEnd(text, b, text.length());
        RawMeasure m = new RawMeasure(text.substring(b, e), line.number(), b + 1);
        outline.addClauses(m, joined);
        // (a subject's units yield to a label's after the item: 牵头单位:…)
        m.unitsFromSubject = subject;
        Item item = new Item(m, prefix.style, Fold.trim(text), false);
        item.subjectAfterTopic = subject;
        outline.addCandidate(item, text, b, e);
        return;
      }
    }
    if (clauseStart < 0 && folded.indexOf('(', prefix.length) >= 0 && LineShapes.closesATaskByRole(folded, prefix.length)
        && tasksEachWithItsClause(line, text, folded, prefix, folded.length())) {
      // 推进…建设(省科技厅牵头)。建设一批众创空间(省科技厅牵头)。推进…改革。: tasks each closed by its clause, the
      // last with none (or cut short by the page)
      return;
    }
    int labelStart = clauseStart < 0 ? InlineLabels.labelStart(folded, prefix.length) : -1;
    int end = clauseStart >= 0 ? clauseStart : labelStart >= 0 ? labelStart : text.length();
    // the body, the line's text after its numbering and before its clause, is [b, e) of the line
    int b = Fold.trimStart(text, prefix.length, end);
    int e = Fold.trimEnd(text, b, end);
    Item current = outline.current();
    Item continuing = outline.continuing();
    boolean wraps = prefix.style == Numbering.NONE && continuing != null;
    if (wraps && clauseStart < 0 && labelStart < 0 && current == continuing && !outline.hasPending()
        && LineShapes.isBareUnits(folded)) {
      // 2.纳入…补贴。 / 市经信局、市财政局等,各县、市、区政府: a table's units cell under its task cell, with no label;
      // kept where the document does so twice at least (OutlineUnits.keepBareUnits), a signature once is none
      RawMeasure m = current.measure();
      Clause units = new Clause(Clause.Kind.GENERIC, text.substring(b, e), line.number(), b + 1);
      m.addClause(units);
      m.bareUnits = new java.util.ArrayList<>(List.of(units));
      // ——目标一 / ——目标二 / 省卫生厅…: the units cell of a task cell that holds several, covers each of them
      m.closingClause = true;
      bareUnitsOf = m;
      outline.stopContinuing();
      return;
    }
    if (wraps && clauseStart >= 0 && b < e && !outline.hasPending()
        && LineShapes.isHeadingOver(continuing, folded, b, e)) {
      // 三、播放安全生产公益广告 / 6月份每天黄金时段,在吉林卫视播放公益广告。由宣教办负责。: a topic's heading, then the
      // paragraph that is its task, a sentence of its own with its clause; not the heading's text wrapped
      outline.topicOverParagraph();
      wraps = false;
    }
    if (b == e || wraps && clauseStart >= 0) {
      // (责任单位:X) on a line of its own, or the last wrapped line of an item, closing it with its clause
      // (an unnumbered task's clause may stand on the next line too: 新建学校3所。 / (市教育局牵头))
      // (a task whose units are its subject, 各镇区、各单位结合实际…, takes the clause after it instead of them)
      if (clauseStart >= 0 && current != null && (current == continuing || wraps
          || continuing == null && current.style == Numbering.NONE && !current.hasClauses() && !current.direct
          || continuing == null && !current.direct && current.hasClauses()
              && current.measure().yieldsToClauseAfter())) {
        if (wraps) {
          outline.mergeContinuation(text.substring(b, e));
        }
        readClause(text, folded, clauseStart, line, outline.current().measure());
      }
      outline.stopContinuing();
      return;
    }
    // the body lies inside the trimmed line: the measure is cut from it only if asked
    int lead = Fold.trimStart(text, 0, e);
    Item above = outline.current();
    if (clauseStart < 0 && labelStart < 0 && prefix.style == Numbering.NONE && above != null
        && above.headingUnits != null && !outline.hasPending() && e - b >= 8 && (endsSentence(folded, e)
            || lastOfText && e - b >= MIN_CUT_DUTY && folded.indexOf(':', b) < 0)
        && (above.headingIsName && LineShapes.endsNameAlone(Fold.trim(Fold.fold(above.measure().text())))
            && (LineShapes.opensWithDuty(folded, b)
                || UnitSections.paragraphIsUnitsTask(outline, above, folded, b, blocks, index))
            || LineShapes.isLeadsWork(above) && !LineShapes.introduces(folded))) {
      // ((一)县发改局牵头的工作 / 推进重大项目建设…。: the work a heading gives its lead, whatever its first word)
      // (1)市林业局。 / 负责火灾扑救的组织…。: the duty under a unit's name closed as a sentence is the unit's task (a
      // name with a colon heads items of its own, or remarks about the unit, 1.某社区: / 该点位…良好。)
      // (the text's last line cut by the page's end before its full stop, 对相关部门在…行业作风进行监督, is one still;
      // a label's line, 附件:…清单, is none)
      RawMeasure m = new RawMeasure(text.substring(b, e), line.number(), b + 1);
      outline.addClauses(m, List.of(above.headingUnits));
      Item paragraph = new Item(m, prefix.style, Fold.trim(text), false);
      paragraph.unitsFromHeading = true;
      outline.addCandidate(paragraph, text, b, e);
      return;
    }
    if (clauseStart < 0 && labelStart < 0) {
      int at = line.start();
      outline.addCandidate(new Item(line.source(), at + lead, at + Fold.trimEnd(text, lead, text.length()), b - lead,
          e - lead, line.number(), b + 1, prefix.style), text, b, e);
      return;
    }
    if (clauseStart < 0 && e > b && folded.charAt(e - 1) == ',') {
      e = Fold.trimEnd(text, b, e - 1); // 农村道路畅通工程,牵头部门:…: the comma before the label is no part of the task
    }
    Item numbered = outline.current();
    if (clauseStart < 0 && prefix.style == Numbering.NONE && numbered != null && numbered.style != Numbering.NONE
        && !numbered.direct && !numbered.hasClauses() && !outline.hasPending() && LineShapes.isAttribute(folded, b, e)) {
      // 1.西卜沙乡…提升工程 / 投资:500万元 实施单位:泽库县农牧水利和科技局: the item's attributes under it, a figure
      // of another label's and its units, no task of their own
      outline.closeContinuation();
      outline.attach(text.substring(labelStart), null, line.number(), labelStart + 1);
      return;
    }
    RawMeasure m = new RawMeasure(text.substring(b, e), line.number(), b + 1);
    if (clauseStart >= 0) {
      readClause(text, folded, clauseStart, line, m);
    } else {
      outline.addClauses(m, Labels.clauses(text.substring(labelStart, InlineLabels.labelsEnd(folded, labelStart)),
          Clause.Kind.GENERIC, line.number(), labelStart + 1));
    }
    outline.addCandidate(new Item(m, prefix.style, Fold.trim(text), false), text, b, e);
  }

  /**
   * Reads a sentence of a text read as prose, if it is one of the kinds only prose has: a question ({@code 辖区政府应做好
   * 哪些工作?}, a heading of a page of questions and answers, no task), a report of progress ({@link
   * ProseDuties#reports}, no task either), a task whose units open it as its subject, or one
   * handed to units after 由 inside it ({@link ProseDuties}). A sentence that holds a bracket's clause, or opens with its
   * unit in another way ({@code 区委宣传部:…}), is read as any line is.
   */
  private boolean prose(Line line, String text, String folded) {
    int e = Fold.trimEnd(folded, 0, folded.length());
    if (e > 0 && folded.charAt(e - 1) == '?') {
      addPlain(line, text, e);
      return true;
    }
    if (ClauseBrackets.bracketStart(folded, 0) >= 0) {
      return false;
    }
    if (ProseDuties.reports(folded)) {
      // 房产局已建成66套,另34套已开工建设: progress reported, no task; plain text
      addPlain(line, text, e);
      return true;
    }
    List<int[]> parts = ProseDuties.commaParts(folded);
    if (parts.size() >= 2) {
      // 其中,交由民族委员会审议4件,交由法律委员会审议147件,…: a sentence whose parts each hand a share to their units
      // is a task a part, a part naming none saying more of the one before (a lead-in before the first, none)
      List<List<Clause>> clauses = new ArrayList<>(parts.size());
      int named = 0;
      boolean roleSentence = false;
      for (int[] part : parts) {
        // (…工作由市农业农村局牵头负责,市自然资源和规划局配合,…: a role sentence's parts are one task's)
        roleSentence |= ProseDuties.isRolePart(folded, part[0], part[1]);
        Line piece = line.part(part[0], part[1]);
        List<Clause> c = proseClauses(piece, piece.text(), piece.folded(), part[0]);
        clauses.add(c);
        named += c == null ? 0 : 1;
      }
      if (named >= 2 && !roleSentence) {
        for (int k = 0; k < parts.size(); k++) {
          if (clauses.get(k) == null) {
            continue;
          }
          int end = parts.get(k)[1];
          for (int j = k + 1; j < parts.size() && clauses.get(j) == null; j++) {
            end = parts.get(j)[1];
          }
          addProse(line, text, parts.get(k)[0], Fold.trimEnd(text, parts.get(k)[0], end), clauses.get(k));
        }
        return true;
      }
    }
    List<Clause> by = proseClauses(line, text, folded, 0);
    if (by == null && parts.size() >= 2) {
      // 夏天到,雨又多,如何防范病媒,相关单位应多加宣导: the units open a later part, after words of the occasion
      for (int k = 1; k < parts.size() && by == null; k++) {
        Line piece = line.part(parts.get(k)[0], parts.get(k)[1]);
        by = proseClauses(piece, piece.text(), piece.folded(), parts.get(k)[0]);
      }
    }
    if (by == null) {
      return false;
    }
    addProse(line, text, Fold.trimStart(text, 0, e), e, by);
    return true;
  }

  /**
   * The clauses of the units a piece of prose {@code text} (at {@code offset} in its line) hands its task to: its
   * subject, the units a directive names, or those after 由 ({@link ProseDuties}); null if none.
   */
  private static List<Clause> proseClauses(Line line, String text, String folded, int offset) {
    int[] subject = ProseDuties.subject(folded);
    if (subject == null) {
      subject = ProseDuties.directed(folded);
    }
    List<Clause> by = subject != null
        ? ProseDuties.subjectClauses(text, folded, subject[0], subject[1], line.number())
        : UnitLead.of(folded, 0) == null ? ProseDuties.byClauses(text, folded, 0, line.number()) : null;
    if (by == null || offset == 0) {
      return by;
    }
    List<Clause> shifted = new ArrayList<>(by.size());
    for (Clause c : by) {
      shifted.add(new Clause(c.kind(), c.text(), c.line(), c.column() + offset));
    }
    return shifted;
  }

  /** A sentence of prose that is no task: a plain line, a heading at most. */
  private void addPlain(Line line, String text, int e) {
    int at = line.start();
    int lead = Fold.trimStart(text, 0, e);
    outline.addCandidate(new Item(line.source(), at + lead, at + e, 0, e - lead, line.number(), lead + 1,
        Numbering.NONE), text, lead, e);
  }

  /** A measure of prose: {@code text[b, e)} of the line, with its units' clauses. */
  private void addProse(Line line, String text, int b, int e, List<Clause> clauses) {
    b = Fold.trimStart(text, b, e);
    if (e > b && Fold.fold(text.charAt(e - 1)) == ',') {
      e = Fold.trimEnd(text, b, e - 1); // (a part of a sentence cut at its comma ends before it)
    }
    RawMeasure m = new RawMeasure(text.substring(b, e), line.number(), b + 1);
    outline.addClauses(m, clauses);
    outline.addCandidate(new Item(m, Numbering.NONE, Fold.trim(text), false), text, b, e);
  }

  /**
   * Whether what follows line {@code index} is another numbered line, a blank or the text's end: a row of a list, no
   * heading over its detail lines ({@code 1、城乡供水一体化工程 县水利局} / {@code 完成城乡供水管网改造50公里。}).
   */
  private static boolean rowFollows(List<? extends Block> blocks, int index) {
    int k = index + 1;
    if (k >= blocks.size() || !(blocks.get(k) instanceof Line) || ((Line) blocks.get(k)).isBlank()) {
      return true;
    }
    String next = Fold.trim(((Line) blocks.get(k)).folded());
    // (8、南京新鸿运物业管理有限公司 / 金陵御花园贵宾楼酒店 玄武区人民政府: a row wrapped, its units on the next line)
    return Numbering.of(next).style != Numbering.NONE || LineShapes.trailingUnitsCell(next, 0, next.length()) > 0;
  }

  /**
   * {@code 1、南京随园大厦 鼓楼区人民政府}: a table's row whose cells are apart by spaces, the units last (no unit's heading,
   * its name however long); false, having added nothing, if the line ends in no such cell.
   */
  private boolean rowWithUnitsLast(Line line, String text, String folded, Numbering.Prefix prefix) {
    int b = Fold.trimStart(text, prefix.length, text.length());
    int e = Fold.trimEnd(text, b, text.length());
    int cell = LineShapes.trailingUnitsCell(folded, b, e);
    if (cell < 0) {
      return false;
    }
    int te = Fold.trimEnd(text, b, cell);
    RawMeasure m = new RawMeasure(text.substring(b, te), line.number(), b + 1);
    outline.addClauses(m, List.of(new Clause(Clause.Kind.GENERIC, text.substring(cell, e), line.number(), cell + 1)));
    // (a row's units cell after its last sub-item, 1、…; / 2、…. 区卫生局: the cell is the row's, as a clause closing
    // sub-items is theirs)
    m.closingClause = true;
    m.closedByRowCell = true;
    outline.addCandidate(new Item(m, prefix.style, Fold.trim(text), false), text, b, te);
    return true;
  }

  /**
   * A line of several tasks, each closed by its own clause: {@code 新建学校3所(责任单位:市教育局);新增学位5000个
   * (责任单位:市教育局、市财政局)。} — one measure each, the line's numbering on the first; {@code last} is where the
   * line's last clause starts. False, having added nothing, unless a clause bracket before it is followed by a
   * sentence or list break.
   */
  private boolean tasksEachWithItsClause(Line line, String text, String folded, Numbering.Prefix prefix, int last) {
    if (folded.indexOf('(', prefix.length) == last && folded.indexOf('【', prefix.length) < 0) {
      return false; // one bracket, or none: the usual line
    }
    List<int[]> tasks = ClauseBrackets.tasksClosedByClauses(text, folded, prefix.length, last);
    int start = tasks == null ? last : tasks.remove(tasks.size() - 1)[0];
    if (tasks == null || Fold.trimEnd(text, start, last) <= Fold.trimStart(text, start, last)) {
      return false;
    }
    if (last == folded.length() && tasks.size() == 1 && !LineShapes.isSentence(folded, tasks.get(0)[0], tasks.get(0)[1])) {
      // 加强耕地保护(县自然资源局牵头)。严格落实…: a topic's clause, and the words after it say what it is: one task, the
      // whole line, with that clause
      int b = Fold.trimStart(text, prefix.length, text.length());
      int e = Fold.trimEnd(text, b, text.length());
      RawMeasure m = new RawMeasure(text.substring(b, e), line.number(), b + 1);
      readClause(text, folded, tasks.get(0)[1], line, m);
      outline.addCandidate(new Item(m, prefix.style, Fold.trim(text), false), text, b, e);
      return true;
    }
    tasks.add(new int[] {start, last, -1});
    boolean first = true;
    for (int[] t : tasks) {
      int b = LineShapes.afterBullets(text, Fold.trimStart(text, t[0], t[1]), t[1]);
      int e = Fold.trimEnd(text, b, t[1]);
      RawMeasure m = new RawMeasure(text.substring(b, e), line.number(), b + 1);
      if (t[1] < folded.length()) {
        readClause(text, folded, t[1], line, m);
      }
      Item item = new Item(m, first ? prefix.style : Numbering.NONE, Fold.trim(text.substring(t[0],
          t[2] < 0 ? text.length() : t[2] + 1)), false);
      // (…(省科技厅牵头)。推进财政科技计划改革。: the last task, with no clause, a task still among those with theirs)
      item.cutParagraph = t[1] >= folded.length();
      outline.addCandidate(item, text, b, e);
      first = false;
    }
    return true;
  }

  /**
   * Whether line {@code index} may be the last line of the numbered item above, wrapped: it follows that item's text
   * with no blank line between, and the text does not end a sentence ({@code 1、…全面完成今年老旧小区} / {@code 改造任务(责任单位:…)}).
   */
  static boolean mayWrapItemAbove(Outline outline, List<? extends Block> blocks, int index) {
    Item above = outline.continuing();
    if (above == null || index == 0 || !(blocks.get(index - 1) instanceof Line) || ((Line) blocks.get(index - 1)).isBlank()) {
      return false;
    }
    String t = Fold.trim(Fold.fold(above.textOnce()));
    return !t.endsWith("。") && !t.endsWith(";") && !t.endsWith(".");
  }

  /** The fewest chars of a duty the page's end cut before its full stop: a sentence's worth, no heading's. */
  private static final int MIN_CUT_DUTY = 16;

  /** Whether the text before {@code at} ends with a full stop or semicolon (spaces between left out). */
  private static boolean endsSentence(String folded, int at) {
    int e = Fold.trimEnd(folded, 0, at);
    return e > 0 && "。;".indexOf(folded.charAt(e - 1)) >= 0;
  }

  /** Reads the clause that starts at {@code clauseStart} (a bracket, or a role sentence) into {@code m}. */
  private void readClause(String text, String folded, int clauseStart, Line line, RawMeasure m) {
    String inner;
    int column;
    if (Brackets.isOpen(folded.charAt(clauseStart))) {
      int close = Brackets.matchingClose(folded, clauseStart);
      if (close < 0) {
        outline.diagnostics().add(Diagnostic.Kind.UNBALANCED_BRACKET,
            "the responsibility clause opened here is never closed", line.number(), clauseStart + 1);
      }
      inner = text.substring(clauseStart + 1, close < 0 ? text.length() : close);
      column = clauseStart + 2;
    } else {
      // 由X牵头，Y配合。 or 市教育局为牵头单位，市财政局为配合单位。 — a role sentence with no bracket
      int subject = InlineClauses.thisTaskBy(folded, clauseStart);
      int b = subject >= 0 ? subject + 1 : folded.charAt(clauseStart) == '由' ? clauseStart + 1 : clauseStart;
      int[] closing = RoleSentenceParts.closingWords(folded, clauseStart, InlineClauses.sentenceEnd(folded, clauseStart));
      int e = InlineClauses.roleSentenceEnd(folded, clauseStart, closing[0]);
      if (closing[1] >= 0) {
        m.closingTime = text.substring(closing[1], closing[2]); // …,7月1日完成: the time after the units
      }
      outline.addClauses(m, InlineClauses.roleSentenceClauses(text, folded, b, e, line.number()));
      m.closingClause = true;
      return;
    }
    outline.addClauses(m, Labels.clauses(inner, Clause.Kind.GENERIC, line.number(), column));
    m.closingClause = true;
  }
}
