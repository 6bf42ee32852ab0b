package dev.mandate.parser.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.mandate.model.Diagnostic;
import dev.mandate.parser.internal.Diagnostics;
import dev.mandate.parser.internal.Vocabulary;
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.responsibility.LeadConvention;
import dev.mandate.parser.internal.responsibility.ResponsibilityReader;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.source.Row;
import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises the layout of a text, line by line, and produces its raw measures. One reader handles every text
 * family at once, because real documents mix them:
 *
 * <ul>
 *   <li>labelled rows, {@code 具体措施: | … |} then {@code 责任单位: | … |};
 *   <li>pipe tables with a header row ({@code 序号 | 工作任务 | 责任单位}); rows whose leading merged cells are missing
 *       are aligned to the task column, and empty unit or deadline cells inherit from the row above;
 *   <li>flattened tables, one cell a line after a header of one column name a line;
 *   <li>items (numbered or not) followed by label lines ({@code 牵头单位:X}, {@code 主办单位:X,协办单位:Y}), or closed
 *       by an inline clause ({@code (牵头单位:X;责任单位:Y)}, {@code (X牵头,Y配合)});
 *   <li>headings ({@code 一、}, {@code (一)}, {@code 1.}, {@code ——}): a numbering style that no item with units
 *       uses is a heading style.
 * </ul>
 *
 * Everything else (site greetings, addressees, dates, share buttons) is page furniture. One instance per parse.
 */
public final class LayoutReader {

  private static final int MAX_HEADING = 80;

  /** A line that may be a measure, a heading or furniture; decided once the whole text is seen. */
  private static final class Item {
    /** Its measure; for a line with no units (the second constructor), made when first asked for. */
    private RawMeasure measure;
    final Numbering style;
    /** The line's trimmed text; null while it is still {@code [fullStart, fullEnd)} of {@link #source}. */
    private String fullText;
    private String source;
    private int fullStart;
    private int fullEnd;
    final boolean direct;
    boolean isMeasure;
    boolean isHeading;
    /** Where the measure's text lies in the trimmed text, and where the line is: for a measure made when asked. */
    private int from;
    private int to;
    private int line;
    private int column;

    Item(RawMeasure measure, Numbering style, String fullText, boolean direct) {
      this.measure = measure;
      this.style = style;
      this.fullText = fullText;
      this.direct = direct;
    }

    /**
     * A line with no units yet: its trimmed text is {@code [fullStart, fullEnd)} of {@code source} (the input where
     * the line lies), its measure {@code [from, to)} of that. Both are made only if asked for: a numbered line may be
     * a measure until the text ends, and most of those in a text of short lines turn out headings or nothing; one
     * object a line, with no string of its own, held while the layout is decided.
     */
    Item(String source, int fullStart, int fullEnd, int from, int to, int line, int column, Numbering style) {
      this(null, style, null, false);
      this.source = source;
      this.fullStart = fullStart;
      this.fullEnd = fullEnd;
      this.from = from;
      this.to = to;
      this.line = line;
      this.column = column;
    }

    /** The trimmed text, kept once made: for what outlives the layout (headings, the title, the measure). */
    String fullText() {
      String t = fullText;
      if (t == null) {
        t = source.substring(fullStart, fullEnd);
        fullText = t;
        source = null;
      }
      return t;
    }

    /** The trimmed text, not kept if it was not already: for a look at it that most items fail. */
    String fullTextOnce() {
      return fullText != null ? fullText : source.substring(fullStart, fullEnd);
    }

    int fullLength() {
      return fullText != null ? fullText.length() : fullEnd - fullStart;
    }

    RawMeasure measure() {
      RawMeasure m = measure;
      if (m == null) {
        m = new RawMeasure(fullText().substring(from, to), line, column);
        measure = m;
      }
      return m;
    }

    boolean hasClauses() {
      return measure != null && measure.hasClauses();
    }
  }

  private final Diagnostics diagnostics;
  private final List<Item> items = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  /** The first table row of furniture that reads as a title: the title if no line before the measures is one. */
  private String furnitureTitle;
  /** Notes bracketed in unit lists, in the order read; they follow the document's own notes. */
  private final List<String> clauseNotes = new ArrayList<>();
  /** Whether the source shows type for any unit list. */
  private boolean typed;
  private Item current;
  /** The measure the last labelled task line started, and that line: a second task label right after joins it. */
  private Item labelledTask;
  /** The index of that line among the blocks (lines are views made when asked for: compared by place). */
  private int labelledTaskIndex = -2;
  /**
   * The text of {@link #labelledTask} while task lines go on joining it, set on its measure when they end: joined
   * string by string, a run of thousands of such lines took time growing with the square of its length.
   */
  private StringBuilder joinedTask;

  public LayoutReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public RawDocument read(List<? extends Block> blocks) {
    int n = blocks.size();
    int noHeaderBefore = 0;
    for (int i = 0; i < n; i++) {
      Block block = blocks.get(i);
      if (block instanceof Row) {
        row(((Row) block).cells(), block.number(), null);
        continue;
      }
      Line line = (Line) block;
      if (line.isBlank()) {
        continue;
      }
      // inside a tab table, leading and trailing tabs are empty cells, so look for tabs in the untrimmed line
      char sep = line.foldedContains('|', true) ? '|'
          : line.foldedContains('\t', pipeHeader == null) ? '\t' : 0;
      // rows are read off the line where it lies in the input: cells are cut from there, not from a copy of the line
      if (sep == '|') {
        int cellStart = firstCellStart(line);
        String first = firstCellLabel(line, cellStart);
        int colon = taskColon(first);
        if (colon < 0 && Labels.leading(first) != null) {
          // 责任单位: | X | — only the first cell decides, and the whole line is read as a clause: no cells needed
          pipeHeader = null;
          attach(line.text().replace('|', ' ').replace('\t', ' '), null, line.number(), 1);
          continue;
        }
        if (colon > 0 && labelledTask(line, cellStart, cellStart + colon)) {
          continue;
        }
      }
      if (sep != 0) {
        List<String> raw = cells(line.source(), line.start(), line.end(), sep);
        if (sep == '|' && isRule(raw)) {
          continue; // |---|:---:| under a header copied from Markdown: a rule, not a heading or a row
        }
        // a tab is a cell break only in a table (copied from a browser) or a header or labelled row, not in
        // "1.<tab>新建学校…"
        if (!raw.isEmpty() && (sep == '|' || pipeHeader != null || Columns.header(raw) != null
            || taskLabel(Fold.fold(raw.get(0))) || Labels.leading(Fold.fold(raw.get(0))) != null
            || isLoneLabel(Fold.trim(Fold.fold(raw.get(0)))))) {
          List<Cell> cells = new ArrayList<>(raw.size());
          for (String c : raw) {
            cells.add(Cell.plain(c));
          }
          row(cells, line.number(), line);
          continue;
        }
        if (sep == '|') {
          continue;
        }
      }
      if (sep == 0 && (spacedTable && pipeHeader != null || mayBeSpacedHeader(line))) {
        // a table copied from a PDF, or from Word as text: cells apart by runs of spaces, read as a table only
        // under a header that splits so into column names
        List<String> raw = spacedCells(line.source(), line.start(), line.end());
        // a row has a cell for most columns: a line of prose with a gap in it has two
        boolean row = spacedTable && pipeHeader != null && raw.size() >= Math.min(3, pipeHeader.size());
        if (raw.size() >= 2 && (row || Columns.header(raw) != null)) {
          List<Cell> cells = new ArrayList<>(raw.size());
          for (String c : raw) {
            cells.add(Cell.plain(c));
          }
          Item before = current;
          row(cells, line.number(), line);
          spacedRow = current != before ? current : null;
          spacedTable = pipeHeader != null;
          continue;
        }
        if (spacedTable && pipeHeader != null && raw.size() == 1 && spacedRow != null && spacedRow == current
            && Fold.isSpace(line.source().charAt(line.start()))) {
          // an indented line of one cell under a row: a cell wrapped, as a PDF gives it — the task's, or the units'
          // if it is a list of units and the table has one units column; where a line stands says too little
          // to place it otherwise, so a date or units among several units columns are left out
          String f = Fold.trim(line.folded());
          Columns.Kind units = onlyUnitsColumn(pipeHeader);
          if (Cells.isUnits(f)) {
            if (units != null) {
              attachCells(List.of(Cell.plain(raw.get(0))), line.number(), clauseKind(units));
            }
          } else if (Numbering.of(f).style == Numbering.NONE && !Cells.isDeadline(f)) {
            spacedRow.measure().setText(spacedRow.measure().text() + raw.get(0));
          }
          continue;
        }
      }
      pipeHeader = null;
      spacedTable = false;
      String text = line.text();
      String folded = line.folded();
      String t = Fold.trim(folded);

      // a flattened table: header words one a line, then one cell a line
      if (i >= noHeaderBefore && Columns.kind(t) != null) {
        List<Columns.Kind> header = new ArrayList<>();
        int j = i;
        for (; j < n && blocks.get(j) instanceof Line; j++) {
          String h = Fold.trim(((Line) blocks.get(j)).folded());
          if (h.isEmpty()) {
            continue;
          }
          Columns.Kind k = Columns.kind(h);
          if (k == null) {
            break;
          }
          header.add(k);
        }
        if (header.size() >= 2 && header.contains(Columns.Kind.TASK)
            && header.stream().anyMatch(Columns.Kind::holdsUnits)) {
          TableRows rows = new TableRows(header, true);
          i = new FlatTable(header, rows, this::addDirectMeasure).read(blocks, j) - 1;
          continue;
        }
        // no header: nor is there one from any later line of the run, whose words are a tail of these (looking
        // again from each of them took time growing with the square of the run's length)
        noHeaderBefore = j;
      }

      if (t.length() <= 2 * LONE_LABEL + 1) {
        int last = loneLabelRow(blocks, i, t, line);
        if (last >= 0) {
          i = last;
          continue;
        }
      }
      Clause.Kind label = Labels.leading(folded);
      if (label != null) {
        if (continuing != null && pendingLines > 0) {
          mergeContinuation(null);
        }
        continuing = null;
        attach(text, null, line.number(), 1);
        continue;
      }
      if (taskLabelLine(t)) {
        int colon = Math.max(folded.indexOf(':'), 0);
        String body = Fold.trim(text.substring(colon + 1));
        if (!body.isEmpty()) {
          if (labelledTask != null && labelledTask == current && !labelledTask.hasClauses()
              && labelledTaskIndex == i - 1) {
            // 项目名称:X then 建设内容:Y on the next line: one measure, its name then what it consists of
            if (joinedTask == null) {
              joinedTask = new StringBuilder(labelledTask.measure().text());
            }
            joinedTask.append('：').append(body);
          } else {
            endJoinedTask();
            addDirect(body, line, text.indexOf(body) + 1);
            labelledTask = current;
          }
          labelledTaskIndex = i;
        }
        continue;
      }
      if (isConventionNote(t)) {
        notes.add(noteText(Fold.trim(text)));
        continue;
      }
      addCandidate(line);
    }
    endJoinedTask();
    return decide();
  }

  /** Sets the labelled task's text joined from its lines, once they have all been read. */
  private void endJoinedTask() {
    if (joinedTask != null) {
      labelledTask.measure().setText(joinedTask.toString());
      joinedTask = null;
    }
  }

  // ---- rows (pipe lines and real table rows) --------------------------------------------------------------

  private List<Columns.Kind> pipeHeader;
  private TableRows pipeRows;

  /** Where a pipe line's first cell starts: after leading spaces and pipes. */
  private static int firstCellStart(Line line) {
    String source = line.source();
    int end = line.end();
    int b = line.start();
    while (b < end && (Fold.isSpace(source.charAt(b)) || source.charAt(b) == '|')) {
      b++;
    }
    return b;
  }

  /** The first cell of a pipe line from {@code b}, up to and with its first colon, folded: see {@link #labelHead}. */
  private static String firstCellLabel(Line line, int b) {
    String source = line.source();
    int to = b;
    while (to < line.end() && to - b < HEAD && source.charAt(to) != '|') {
      to++;
    }
    return labelHead(source, b, to);
  }

  /**
   * {@code s} from {@code b} up to and with its first colon, folded ({@code 具体措施:}), looking no further than
   * {@link #HEAD} chars and {@code to}: all of a row's first cell that decides whether the row is labelled (a task
   * or responsibility label), cut without folding a whole task text. Empty if there is no colon that near.
   */
  private static String labelHead(String s, int b, int to) {
    for (int e = b; e < to && e - b < HEAD; e++) {
      if (Fold.fold(s.charAt(e)) == ':') {
        return Fold.fold(s.substring(b, e + 1));
      }
    }
    return "";
  }

  /**
   * {@code 具体措施: | X |}, the usual labelled task row — the label alone in the first cell, the task in the second,
   * nothing after — read off the line without cutting it into cells, as {@link #row} would read it. False, with
   * nothing read, for any other shape, which {@code row} then reads.
   *
   * @param labelStart where the first cell starts, after leading spaces and pipes
   * @param colon where the task label's colon is
   */
  private boolean labelledTask(Line line, int labelStart, int colon) {
    String s = line.source();
    int end = line.end();
    // the first cell as cells() cuts it: only one empty cell, before a leading pipe, is dropped
    int a = Fold.trimStart(s, line.start(), end);
    if (a < end && s.charAt(a) == '|') {
      a++;
    }
    int bar = colon + 1;
    while (bar < end && s.charAt(bar) != '|') {
      bar++;
    }
    if (Fold.trimStart(s, a, bar) != labelStart || Fold.trimEnd(s, labelStart, bar) != colon + 1 || bar == end) {
      return false;
    }
    int next = bar + 1;
    while (next < end && s.charAt(next) != '|') {
      next++;
    }
    for (int i = next; i < end; i++) {
      if (s.charAt(i) != '|' && !Fold.isSpace(s.charAt(i))) {
        return false; // a third cell: row() joins them
      }
    }
    int b = Fold.trimStart(s, bar + 1, next);
    int e = Fold.trimEnd(s, b, next);
    if (b == e) {
      return false;
    }
    pipeHeader = null;
    addDirectMeasure(new RawMeasure(s.substring(b, e), line.number(), b - line.start() + 1));
    return true;
  }

  /** The colon of a task label ({@code 具体措施:}) starting a folded, trimmed cell, or -1. */
  private static int taskColon(String first) {
    int colon = first.indexOf(':');
    return colon > 0 && colon <= 8 && Columns.kind(first.substring(0, colon)) == Columns.Kind.TASK ? colon : -1;
  }

  /**
   * One table row: a labelled row, a header row, a data row of the current table, or furniture.
   *
   * @param pipeLine the line a text row was read from, or null for a row of a real table
   */
  private void row(List<Cell> grid, int number, Line pipeLine) {
    // joined into text, a cell merged across columns counts once; aligned to a header, it fills every column
    List<Cell> cells = Row.once(grid);
    String cell0 = cells.get(0).text();
    int start = Fold.trimStart(cell0, 0, cell0.length());
    String first = labelHead(cell0, start, cell0.length());
    int colon = taskColon(first);
    // 具体措施 | text | with no colon: the label alone in its cell, outside a table with a header, in a row that is
    // not a header itself (具体措施 | 责任单位)
    Lone bare = colon < 0 && first.isEmpty() && pipeHeader == null && cells.size() >= 2
        ? loneLabel(Fold.trim(Fold.fold(cell0))) : null;
    if (bare != null && (!bare.label() || bare.colon || !hasCellText(cells, 1) || !bareRowValues(bare, cells))) {
      bare = null;
    }
    if (colon > 0 || bare != null && bare.task) {
      // 具体措施: | text |  — a labelled task row
      pipeHeader = null;
      int rest = colon > 0 ? start + colon + 1 : cell0.length();
      // 具体措施 | X | 责任单位 | Y: a form's row of label and cell pairs; the task ends at the next label
      int stop = 1;
      while (stop < cells.size() && !isClauseLabelCell(cells.get(stop))) {
        stop++;
      }
      String b;
      if (stop == 2 && Fold.trim(cell0.substring(rest)).isEmpty()) {
        b = Fold.trim(cells.get(1).text().replace("\n", ""));
      } else {
        StringBuilder body = new StringBuilder(cell0.substring(rest));
        for (int c = 1; c < stop; c++) {
          body.append(' ').append(cells.get(c).text());
        }
        b = Fold.trim(body.toString().replace("\n", ""));
      }
      if (!b.isEmpty()) {
        addDirectMeasure(new RawMeasure(b, number, pipeLine == null ? 1 : taskColumn(pipeLine, cell0, rest, b)));
        for (int c = stop; c < cells.size(); ) {
          int e = c + 1;
          while (e < cells.size() && !isClauseLabelCell(cells.get(e))) {
            e++;
          }
          String f = Fold.trim(Fold.fold(cells.get(c).text()));
          Lone label = loneLabel(f);
          if (label == null) {
            attachCells(cells.subList(c, e), number, Clause.Kind.GENERIC); // 责任单位:X | ..., the label in the cell
          } else if (label.label()) {
            attachCells(cells.subList(c + 1, e), number, label.kind);
          } // else a column's name (备注) and its cells: neither task nor units
          c = e;
        }
      }
      return;
    }
    if (bare != null) {
      // 责任单位 | units |: the other cells are the clause, of the label's kind
      attachCells(cells.subList(1, cells.size()), number, bare.kind);
      return;
    }
    if (Labels.leading(first) != null) {
      if (pipeLine != null) {
        attach(pipeLine.text().replace('|', ' ').replace('\t', ' '), null, number, 1);
      } else {
        attachCells(cells, number, Clause.Kind.GENERIC);
      }
      return;
    }
    List<String> texts = texts(grid);
    List<Columns.Kind> header = Columns.header(texts);
    if (header != null) {
      pipeHeader = header;
      // merged cells are lost in text, so an empty cell there inherits; a real table's merges are already expanded
      pipeRows = new TableRows(header, pipeLine != null);
      return;
    }
    if (pipeHeader != null && grid.size() >= 2 && spanning(texts)) {
      // 一、… in a row spanning the whole table: a heading, not a task
      String h = Fold.trim(texts.get(0).replace("\n", ""));
      Item it = new Item(new RawMeasure(h, number, 1), Numbering.of(Fold.fold(h)).style, h, false);
      append(it, false);
      current = null;
      return;
    }
    if (pipeHeader != null) {
      List<Cell> aligned = new ArrayList<>(grid);
      if (pipeLine != null && !Cells.isSerial(Fold.fold(aligned.get(0).text()))) {
        // merged leading cells (序号, a 重点任务 category) were left out of the text: shift the row right by the
        // number of cells that puts a task in the task column and units in the unit column
        int shift = bestShift(pipeHeader, texts);
        for (int k = 0; k < shift; k++) {
          aligned.add(0, Cell.plain(""));
        }
      }
      RawMeasure m = pipeRows.row(aligned, number);
      if (m != null) {
        addDirectMeasure(m);
      }
      return;
    }
    if (furnitureTitle != null) {
      return; // only the first title among them is ever used: keeping every row of furniture held the whole table
    }
    String text;
    if (pipeLine != null) {
      text = Fold.trim(pipeLine.text());
    } else {
      StringBuilder b = new StringBuilder();
      for (Cell c : cells) {
        b.append(b.length() > 0 ? " " : "").append(c.text());
      }
      text = Fold.trim(b.toString());
    }
    if (isTitle(text)) {
      furnitureTitle = text;
    }
  }

  /** Whether every cell is a Markdown delimiter ({@code ---}, {@code :--}, {@code --:}), ignoring empty ones. */
  private static boolean isRule(List<String> cells) {
    boolean any = false;
    for (String c : cells) {
      int b = Fold.trimStart(c, 0, c.length());
      int e = Fold.trimEnd(c, b, c.length());
      if (b == e) {
        continue;
      }
      if (c.charAt(b) == ':') {
        b++;
      }
      if (e > b && c.charAt(e - 1) == ':') {
        e--;
      }
      if (b == e) {
        return false;
      }
      for (int i = b; i < e; i++) {
        if (c.charAt(i) != '-') {
          return false;
        }
      }
      any = true;
    }
    return any;
  }

  /** How far into a first cell a label's colon may stand. */
  private static final int HEAD = 32;

  /** 0, 1 or 2: how far a row that lost merged leading cells must move right to fit its header. */
  private static int bestShift(List<Columns.Kind> header, List<String> texts) {
    int task = header.lastIndexOf(Columns.Kind.TASK);
    int best = 0;
    int bestScore = -1;
    for (int shift = 0; shift <= 2 && shift < header.size(); shift++) {
      int score = 0;
      for (int c = 0; c < header.size(); c++) {
        int i = c - shift;
        String cell = i >= 0 && i < texts.size() ? Fold.fold(texts.get(i)) : "";
        Columns.Kind kind = header.get(c);
        if (c == task && !cell.isEmpty() && !Cells.isUnits(cell)) {
          score += 2;
        } else if (kind.holdsUnits() && (cell.isEmpty() || Cells.isUnits(cell))) {
          score += 1;
        } else if (kind == Columns.Kind.SERIAL && (cell.isEmpty() || Cells.isSerial(cell))) {
          score += 1;
        } else if (kind == Columns.Kind.DEADLINE && (cell.isEmpty() || Cells.isDeadline(cell))) {
          score += 1;
        }
      }
      if (score > bestScore) {
        best = shift;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The column where the task of a labelled row starts: where it is found after the label (not inside it, as
   * {@code 施} of {@code 具体措施: | 施 |} would be), or, for a task joined from several cells, the first char after
   * the label that is not a space or a cell break.
   */
  private static int taskColumn(Line line, String cell0, int afterColon, String task) {
    int after = Math.max(line.indexOf(cell0), 0) + afterColon;
    int at = line.indexOf(task, after);
    if (at < 0) {
      String s = line.source();
      at = after;
      while (line.start() + at < line.end() && (Fold.isSpace(s.charAt(line.start() + at))
          || s.charAt(line.start() + at) == '|')) {
        at++;
      }
    }
    return at + 1;
  }

  private static List<String> texts(List<Cell> cells) {
    List<String> texts = new ArrayList<>(cells.size());
    for (Cell c : cells) {
      texts.add(c.text());
    }
    return texts;
  }

  /**
   * Whether the cells after a bare label read as its values: mostly no column names (重点任务 | 具体措施 | 牵头单位 | 配合单位
   * is a header cut short, not a task), and after a units label, a cell that starts with a unit's name (责任单位 | 完, a
   * header cut inside a word, is not).
   */
  private static boolean bareRowValues(Lone bare, List<Cell> cells) {
    int filled = 0;
    int names = 0;
    String first = null;
    for (int c = 1; c < cells.size(); c++) {
      String t = Fold.trim(Fold.fold(cells.get(c).text()));
      if (t.isEmpty()) {
        continue;
      }
      filled++;
      if (first == null) {
        first = t;
      }
      String head = t.endsWith(":") ? t.substring(0, t.length() - 1) : t;
      if (Columns.kind(head) != null || Labels.named(head) != null) {
        names++;
      }
    }
    if (2 * names >= filled) {
      return false;
    }
    boolean units = !bare.task && bare.kind != Clause.Kind.DEADLINE && bare.kind != Clause.Kind.PERSON;
    return !units || Cells.startsWithUnit(first);
  }

  /**
   * Whether a cell from {@code from} on has text that is no column name: 责任单位 | 完成时限 is (part of) a header,
   * not a label and its cell.
   */
  private static boolean hasCellText(List<Cell> cells, int from) {
    for (int c = from; c < cells.size(); c++) {
      String t = Fold.trim(cells.get(c).text());
      if (!t.isEmpty() && Columns.kind(t) == null) {
        return true;
      }
    }
    return false;
  }

  // ---- a labelled row flattened one cell a line ------------------------------------------------------------

  /** The longest label word read alone on a line or in a cell, in chars, spaces left out. */
  private static final int LONE_LABEL = 12;

  /** How many lines a flattened task cell may run to before its responsibility label: keeps the look-ahead short. */
  private static final int LONE_TASK_LINES = 12;

  /** The first chars of every label and column name, folded. */
  private static final BitSet LABEL_FIRST_CHARS = new BitSet(1 << 16);

  static {
    for (String w : Columns.kinds().keySet()) {
      LABEL_FIRST_CHARS.set(w.charAt(0));
    }
    for (Vocabulary.Entry e : Labels.vocabulary()) {
      LABEL_FIRST_CHARS.set(e.word().charAt(0));
    }
  }

  /** The measure of the last flattened labelled row: the labels alone on their lines that follow are its own. */
  private Item loneTask;

  /**
   * A label standing alone: a task column's name; a responsibility, person or deadline label, or a column's name
   * that says the same ({@link #kind}); or the name of another column (序号, 备注), neither.
   */
  private static final class Lone {
    final boolean task;
    final Clause.Kind kind;
    final boolean colon;

    Lone(boolean task, Clause.Kind kind, boolean colon) {
      this.task = task;
      this.kind = kind;
      this.colon = colon;
    }

    /** Whether it labels a task or a clause; if not, it names a column whose cells are neither. */
    boolean label() {
      return task || kind != null;
    }
  }

  private static boolean isLoneLabel(String foldedTrimmed) {
    Lone lone = loneLabel(foldedTrimmed);
    return lone != null && lone.label();
  }

  /** The clause kind of a column that holds units or deadlines, for its name standing alone as a label. */
  private static Clause.Kind clauseKind(Columns.Kind column) {
    switch (column) {
      case UNITS:
        return Clause.Kind.GENERIC;
      case LEAD:
        return Clause.Kind.LEAD;
      case SUPPORT:
        return Clause.Kind.SUPPORT;
      case DEADLINE:
        return Clause.Kind.DEADLINE;
      default:
        return null;
    }
  }

  /**
   * {@code foldedTrimmed}, a line or cell, as a label standing alone ({@code 具体措施}, {@code 责任单位:}, {@code 责 任
   * 单 位}), or null.
   */
  private static Lone loneLabel(String foldedTrimmed) {
    int n = foldedTrimmed.length();
    if (n < 2 || n > 2 * LONE_LABEL + 1 || !LABEL_FIRST_CHARS.get(foldedTrimmed.charAt(0))) {
      return null; // asked of every short line: most start with a char no label or column name starts with
    }
    boolean colon = foldedTrimmed.charAt(n - 1) == ':';
    int end = colon ? n - 1 : n;
    boolean spaced = false;
    for (int i = 0; i < end; i++) {
      char c = foldedTrimmed.charAt(i);
      if (c == ':') {
        return null; // 责任单位:市教育局, a label with its units
      }
      spaced |= Fold.isSpace(c);
    }
    String word;
    if (spaced) {
      StringBuilder w = new StringBuilder(end);
      for (int i = 0; i < end; i++) {
        char c = foldedTrimmed.charAt(i);
        if (!Fold.isSpace(c)) {
          w.append(c);
        }
      }
      word = w.toString();
    } else {
      word = colon ? foldedTrimmed.substring(0, end) : foldedTrimmed;
    }
    if (word.length() < 2 || word.length() > LONE_LABEL) {
      return null;
    }
    Columns.Kind column = Columns.kind(word);
    if (column == Columns.Kind.TASK) {
      return new Lone(true, null, colon);
    }
    Clause.Kind k = Labels.named(word);
    if (k == null && column != null) {
      k = clauseKind(column);
    }
    return k == null && column == null ? null : new Lone(false, k, colon);
  }

  /**
   * Reads a labelled row flattened one cell a line, from the label line at {@code i}: {@code 具体措施} (colon or
   * not) and the task's lines up to a responsibility label, or {@code 责任单位} and the units on the next line.
   * Returns the index of the last line read, or -1, having read nothing, if the line is no such label.
   *
   * <p>A task label's lines are read as its task only if a responsibility, person or deadline label, alone on its
   * line too, follows within {@link #LONE_TASK_LINES} lines: a heading such as {@code 主要任务} over items that each
   * have a label line ({@code 牵头单位:X}) is no row.
   */
  private int loneLabelRow(List<? extends Block> blocks, int i, String t, Line line) {
    Lone lone = loneLabel(t);
    if (lone == null) {
      return -1;
    }
    int n = blocks.size();
    int end = Math.min(n, i + 1 + LONE_TASK_LINES);
    if (lone.task) {
      StringBuilder body = null;
      Line first = null;
      int last = -1;
      boolean bodyEnded = false;
      boolean skipValue = false;
      for (int j = i + 1; j < end && blocks.get(j) instanceof Line; j++) {
        Line l = (Line) blocks.get(j);
        if (l.isBlank()) {
          continue;
        }
        String lt = Fold.trim(l.folded());
        Lone next = loneLabel(lt);
        if (next == null && isLabelled(lt)) {
          // a label line with its units (牵头单位:X) after a heading such as 主要任务, or a flattened table's header
          return -1;
        }
        if (next == null) {
          if (skipValue) {
            skipValue = false; // the deadline's or person's cell
          } else if (bodyEnded || !isCellLine(lt) || !Labels.find(lt).isEmpty()) {
            return -1; // items, headings, rows or units of their own: a heading over them, not a row
          } else {
            if (body == null) {
              body = new StringBuilder();
              first = l;
            }
            body.append(Fold.trim(l.text()));
            last = j;
          }
          continue;
        }
        if (next.task || body == null || skipValue) {
          return -1; // another task, or a label with no cell: no row
        }
        if (next.kind == null || next.kind == Clause.Kind.DEADLINE || next.kind == Clause.Kind.PERSON) {
          bodyEnded = true; // 完成时限 / its cell, or 备注 / its cell, may come before the units
          skipValue = true;
          continue;
        }
        int units = cellLine(blocks, j + 1, Math.min(n, j + 1 + LONE_TASK_LINES));
        if (units < 0 || !isUnitsCell(((Line) blocks.get(units)).folded())) {
          // 责任单位 over another label, a header word, a date or a number: a flattened table's cells out of order
          return -1;
        }
        endJoinedTask();
        addDirect(body.toString(), first, Fold.trimStart(first.text(), 0, first.text().length()) + 1);
        loneTask = current;
        return last;
      }
      return -1;
    }
    if (!lone.label()) {
      // 序号 / 2. before a row, or 备注 / its cell within one: neither a measure nor a heading
      int k = nextTextLine(blocks, i + 1, end);
      if (k >= 0 && Cells.isSerial(((Line) blocks.get(k)).folded())) {
        return k;
      }
      int cell = cellLine(blocks, i + 1, end);
      return cell >= 0 && loneTask != null && loneTask == current ? cell : -1;
    }
    int j = cellLine(blocks, i + 1, end);
    if (j < 0) {
      return -1;
    }
    Line l = (Line) blocks.get(j);
    String text = l.text();
    int b = Fold.trimStart(text, 0, text.length());
    boolean cutAtColon = b < text.length() && Fold.fold(text.charAt(b)) == ':';
    if (cutAtColon) {
      b++; // 责任单位 / :X, a label line cut before its colon
    }
    // in a flattened row the next line is the label's cell; elsewhere only a label line cut at its colon, over a
    // plain list of units, is read as one: a label alone on its line is otherwise too often something else
    if (!(loneTask != null && loneTask == current
        || (lone.colon || cutAtColon) && Cells.isUnits(Fold.fold(text.substring(b))))) {
      return -1;
    }
    if (lone.kind != Clause.Kind.DEADLINE && lone.kind != Clause.Kind.PERSON && !isUnitsCell(l.folded())) {
      return -1; // 责任单位 over 2022-12-31: cells out of order, not this label's
    }
    if (continuing != null && pendingLines > 0) {
      mergeContinuation(null);
    }
    continuing = null;
    attach(text.substring(b), null, l.number(), b + 1, lone.kind);
    return j;
  }

  /**
   * The index of the first line with text in {@code [from, to)} if it can be a lone label's cell — not a label, a
   * labelled line or a header word — else -1.
   */
  private static int cellLine(List<? extends Block> blocks, int from, int to) {
    int j = nextTextLine(blocks, from, to);
    if (j < 0) {
      return -1;
    }
    String lt = Fold.trim(((Line) blocks.get(j)).folded());
    return loneLabel(lt) != null || isLabelled(lt) || !isCellLine(lt) ? -1 : j;
  }

  /** The index of the first line with text in {@code [from, to)}, or -1 if none comes before another block. */
  private static int nextTextLine(List<? extends Block> blocks, int from, int to) {
    for (int j = from; j < to && blocks.get(j) instanceof Line; j++) {
      if (!((Line) blocks.get(j)).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  /** Whether a line is a label with its text ({@code 牵头单位:X}, {@code 具体措施:X}) or a column's name. */
  private static boolean isLabelled(String foldedTrimmed) {
    return Labels.leading(foldedTrimmed) != null || taskLabelLine(foldedTrimmed)
        || Columns.kind(foldedTrimmed) != null;
  }

  /** Whether a flattened cell under a units label can be units: it starts with a unit's name. */
  private static boolean isUnitsCell(String folded) {
    return Cells.startsWithUnit(folded) && !Cells.isDeadline(folded);
  }

  /** Whether a line can be a flattened cell's text: no numbered item or heading, no row of a table. */
  private static boolean isCellLine(String foldedTrimmed) {
    return Numbering.of(foldedTrimmed).style == Numbering.NONE && foldedTrimmed.indexOf('|') < 0
        && foldedTrimmed.indexOf('\t') < 0;
  }

  /** Whether every non-empty cell of a row has the same text (one cell spanning the row). */
  private static boolean spanning(List<String> texts) {
    String first = null;
    int filled = 0;
    for (String t : texts) {
      if (t.isEmpty()) {
        continue;
      }
      filled++;
      if (first == null) {
        first = t;
      } else if (!first.equals(t)) {
        return false;
      }
    }
    return filled >= 2 || (filled == 1 && texts.size() >= 3 && !texts.get(0).isEmpty());
  }

  /**
   * Whether a cell after a task's is a label that starts a clause, alone ({@code 责任单位}, {@code 完成时限:}, or a
   * column's name such as {@code 备注}) or with its units ({@code 责任单位:市教育局}), but not another task's label.
   */
  private static boolean isClauseLabelCell(Cell cell) {
    String f = Fold.trim(Fold.fold(cell.text()));
    Lone lone = loneLabel(f);
    return lone != null ? !lone.task : Labels.leading(f) != null;
  }

  /** Attaches the cells' text, joined by spaces, with their bold where the source shows type. */
  private void attachCells(List<Cell> cells, int number, Clause.Kind kind) {
    StringBuilder text = new StringBuilder();
    List<boolean[]> masks = new ArrayList<>();
    boolean cellsTyped = false;
    for (Cell c : cells) {
      if (text.length() > 0) {
        text.append(' ');
        masks.add(new boolean[1]);
      }
      text.append(c.text());
      masks.add(c.hasType() ? c.bold(0, c.text().length()) : new boolean[c.text().length()]);
      cellsTyped |= c.hasType();
    }
    attach(text.toString(), cellsTyped ? concat(masks, text.length()) : null, number, 1, kind);
  }

  private static boolean[] concat(List<boolean[]> masks, int length) {
    boolean[] out = new boolean[length];
    int at = 0;
    for (boolean[] m : masks) {
      System.arraycopy(m, 0, out, at, m.length);
      at += m.length;
    }
    return out;
  }

  // ---- lines to items -------------------------------------------------------------------------------------

  private void addDirect(String body, Line line, int column) {
    if (body.isEmpty()) {
      return;
    }
    addDirectMeasure(new RawMeasure(body, line.number(), Math.max(1, column)));
  }

  private void addDirectMeasure(RawMeasure m) {
    for (Clause c : m.clauses()) {
      learnFrom(c);
    }
    Item it = new Item(m, Numbering.NONE, m.text(), true);
    append(it, false);
    current = it;
    // a new measure ends a numbered item's text, as a new numbered item does: a label line after it is its own
    endContinuation();
    continuing = null;
  }

  private void attach(String text, boolean[] bold, int lineNumber, int column) {
    attach(text, bold, lineNumber, column, Clause.Kind.GENERIC);
  }

  /** Attaches the clauses of {@code text} to the current measure; text before any label is of {@code kind}. */
  private void attach(String text, boolean[] bold, int lineNumber, int column, Clause.Kind kind) {
    List<Clause> clauses = Labels.clauses(text, bold, kind, lineNumber, column);
    if (current == null) {
      if (!clauses.isEmpty()) {
        // a convention stated in a list before any measure still counts
        for (Clause c : clauses) {
          for (String note : dev.mandate.parser.internal.responsibility.ResponsibilityReader.notesIn(c.text())) {
            notes.add(note);
          }
        }
        diagnostics.add(Diagnostic.Kind.ORPHAN_RESPONSIBILITY,
            "responsibility line with no measure before it: '" + Fold.trim(text) + "'", lineNumber, column);
      }
      return;
    }
    for (Clause c : clauses) {
      if (c.kind() == Clause.Kind.DEADLINE) {
        if (!c.text().isEmpty()) {
          current.measure().deadline = c.text();
        }
      } else {
        current.measure().addClause(c);
        learnFrom(c);
      }
    }
  }

  private void addCandidate(Line line) {
    String text = line.text();
    String folded = line.folded();
    Numbering.Prefix prefix = Numbering.of(folded);
    int clauseStart = inlineClauseStart(folded, prefix.length);
    if (clauseStart >= 0 && addTasksEachWithItsClause(line, text, folded, prefix, clauseStart)) {
      return;
    }
    if (clauseStart < 0) {
      clauseStart = roleSentenceStart(folded, prefix.length);
    }
    int labelStart = clauseStart < 0 ? inlineLabelStart(folded, prefix.length) : -1;
    int end = clauseStart >= 0 ? clauseStart : labelStart >= 0 ? labelStart : text.length();
    // the body, the line's text after its numbering and before its clause, is [b, e) of the line
    int b = Fold.trimStart(text, prefix.length, end);
    int e = Fold.trimEnd(text, b, end);
    boolean wraps = prefix.style == Numbering.NONE && continuing != null;
    if (b == e || wraps && clauseStart >= 0) {
      // (责任单位:X) on a line of its own, or the last wrapped line of an item, closing it with its clause
      if (clauseStart >= 0 && (current == continuing || wraps) && current != null) {
        if (wraps) {
          mergeContinuation(text.substring(b, e));
        }
        readInlineClause(text, folded, clauseStart, line, current.measure());
      }
      continuing = null;
      return;
    }
    // the body lies inside the trimmed line: the measure is cut from it only if asked
    int lead = Fold.trimStart(text, 0, e);
    if (clauseStart < 0 && labelStart < 0) {
      int at = line.start();
      addCandidate(new Item(line.source(), at + lead, at + Fold.trimEnd(text, lead, text.length()), b - lead, e - lead,
          line.number(), b + 1, prefix.style), text, b, e);
      return;
    }
    String full = Fold.trim(text);
    RawMeasure m = new RawMeasure(text.substring(b, e), line.number(), b + 1);
    if (clauseStart >= 0) {
      readInlineClause(text, folded, clauseStart, line, m);
    } else if (labelStart >= 0) {
      for (Clause c : Labels.clauses(text.substring(labelStart), Clause.Kind.GENERIC, line.number(), labelStart + 1)) {
        if (c.kind() == Clause.Kind.DEADLINE) {
          m.deadline = c.text().isEmpty() ? null : c.text();
        } else {
          m.addClause(c);
          learnFrom(c);
        }
      }
    }
    addCandidate(new Item(m, prefix.style, full, false), text, b, e);
  }

  /**
   * A line of several tasks, each closed by its own clause: {@code 新建学校3所(责任单位:市教育局);新增学位5000个
   * (责任单位:市教育局、市财政局)。} — one measure each, the line's numbering on the first; {@code last} is where the
   * line's last clause starts. False, having added nothing, unless a clause bracket before it is followed by a
   * sentence or list break.
   */
  private boolean addTasksEachWithItsClause(Line line, String text, String folded, Numbering.Prefix prefix,
      int last) {
    if (folded.indexOf('(', prefix.length) == last && folded.indexOf('【', prefix.length) < 0) {
      return false; // one bracket, or none: the usual line
    }
    List<int[]> tasks = null; // {start of task, start of clause, end of clause}
    int start = prefix.length;
    int depth = 0;
    for (int i = prefix.length; i < last; i++) {
      char c = folded.charAt(i);
      if (Brackets.isOpen(c)) {
        if (depth == 0 && (c == '(' || c == '【')) {
          int close = Brackets.matchingClose(folded, i);
          if (close > 0 && close < last && isClauseInside(folded.substring(i + 1, close))) {
            int after = Fold.trimStart(folded, close + 1, last);
            if (after < last && "。;；,，".indexOf(folded.charAt(after)) >= 0
                && Fold.trimEnd(text, start, i) > Fold.trimStart(text, start, i)) {
              if (tasks == null) {
                tasks = new ArrayList<>();
              }
              tasks.add(new int[] {start, i, close});
              start = after + 1;
              i = after;
              continue;
            }
          }
        }
        depth++;
      } else if (Brackets.isClose(c) && depth > 0) {
        depth--;
      }
    }
    if (tasks == null || Fold.trimEnd(text, start, last) <= Fold.trimStart(text, start, last)) {
      return false;
    }
    tasks.add(new int[] {start, last, -1});
    boolean first = true;
    for (int[] t : tasks) {
      int b = Fold.trimStart(text, t[0], t[1]);
      int e = Fold.trimEnd(text, b, t[1]);
      RawMeasure m = new RawMeasure(text.substring(b, e), line.number(), b + 1);
      readInlineClause(text, folded, t[1], line, m);
      addCandidate(new Item(m, first ? prefix.style : Numbering.NONE, Fold.trim(text.substring(t[0],
          t[2] < 0 ? text.length() : t[2] + 1)), false), text, b, e);
      first = false;
    }
    return true;
  }

  /** Whether a bracket's inner text is a responsibility clause, as {@link #inlineClauseStart} tells one. */
  private static boolean isClauseInside(String inner) {
    return inner.length() >= 3 && (!Labels.find(inner).isEmpty() || inner.contains("牵头") || inner.contains("配合")
        || inner.contains("负责") || inner.contains("主办") || inner.contains("协办") || Cells.isAgencyList(inner));
  }

  /** Adds the item a line made; {@code [b, e)} of {@code text} is its body, which may continue the item above. */
  private void addCandidate(Item it, String text, int b, int e) {
    if (it.style == Numbering.NONE && continuing != null && !it.hasClauses()) {
      // may be the wrapped rest of the numbered item above: decided by what follows
      if (pendingText == null) {
        pendingText = new StringBuilder();
      }
      pendingText.append(text, b, e);
      pendingLines++;
      append(it, true);
      pendingKept.add(it);
      return;
    }
    append(it, false);
    current = it;
    endContinuation();
    continuing = it.style != Numbering.NONE && !it.hasClauses() ? it : null;
  }

  /** The numbered item whose text may go on over the next lines, until a label line or clause closes it. */
  private Item continuing;
  /** The lines read since {@link #continuing}, that may be the rest of its text: how many, and their text joined. */
  private int pendingLines;
  private StringBuilder pendingText;
  /** Those lines' items still among {@link #items} (most are let go as plain lines: see {@link #append}). */
  private final List<Item> pendingKept = new ArrayList<>();

  /** Joins the lines that followed the numbered item (and {@code last}, if any) to its text. */
  private void mergeContinuation(String last) {
    StringBuilder b = new StringBuilder(continuing.measure().text());
    if (pendingText != null) {
      b.append(pendingText);
    }
    removeRecent(pendingKept);
    if (last != null) {
      b.append(last);
    }
    continuing.measure().setText(b.toString());
    runTail = null;
    endContinuation();
    current = continuing;
  }

  /** Forgets the lines that might have continued the numbered item: they stay what they are, plain lines. */
  private void endContinuation() {
    pendingLines = 0;
    pendingText = null;
    pendingKept.clear();
  }

  // ---- plain lines: kept only as far as they can matter ---------------------------------------------------

  /*
   * A plain line (no numbering, no units, not a labelled task) is never a measure. In a run of them, what the layout
   * decides can depend only on: that the run is there (it parts the items around it), the first line that reads as
   * a title, and the last that reads as a heading (a heading replaces the one of its rank before it). Only these are
   * kept; every item was kept before, some 250 bytes a line, and 10 MB of one-char lines took 1.8 GB.
   *
   * A plain item can still gain units while it is the current item (a label line after it), so an item is judged
   * when the next one is appended, not when it is.
   */

  /** The last appended plain item, not judged yet, of the run that ends the items; null if they end otherwise. */
  private Item runTail;
  /** The first item of the run, the first of its lines that reads as a title, the last that reads as a heading. */
  private Item runFirst;
  private Item runTitle;
  private Item runHeading;
  /** Whether the run's lines may still continue a numbered item (such a run is one of its own). */
  private boolean runPending;

  /** Appends an item, first judging the plain item before it. */
  private void append(Item it, boolean pending) {
    Item tail = runTail;
    if (tail != null && isPlain(tail) && items.get(items.size() - 1) == tail) {
      judge(tail);
    }
    if (isPlain(it)) {
      if (runTail == null || runPending != pending || !isPlain(runTail)) {
        runFirst = it;
        runTitle = null;
        runHeading = null;
        runPending = pending;
      }
      runTail = it;
    } else {
      runTail = null;
    }
    items.add(it);
  }

  private static boolean isPlain(Item it) {
    return !it.direct && it.style == Numbering.NONE && !it.hasClauses();
  }

  /** Keeps the run's last item if it is its first, its first title or its last heading so far; drops it if not. */
  private void judge(Item tail) {
    String text = tail.fullTextOnce();
    boolean title = runTitle == null && isTitle(text);
    boolean heading = plainHeading(text);
    if (title) {
      runTitle = tail;
    }
    if (heading) {
      Item before = runHeading;
      runHeading = tail;
      if (before != null && before != runFirst && before != runTitle) {
        drop(before);
      }
    }
    if (tail != runFirst && !title && !heading) {
      drop(tail);
    }
  }

  /** Removes an item of the run, one of the last few items (a run keeps at most four). */
  private void drop(Item it) {
    for (int k = items.size() - 1; k >= 0; k--) {
      if (items.get(k) == it) {
        items.remove(k);
        break;
      }
    }
    if (!runPending) {
      return; // not among the lines that may continue an item: no need to look through them
    }
    for (int k = pendingKept.size() - 1; k >= 0; k--) {
      if (pendingKept.get(k) == it) {
        pendingKept.remove(k);
        break;
      }
    }
  }

  /**
   * Removes these items, the last ones added (or nearly), from {@link #items}. Each is looked for from the end: a
   * search from the start (List.remove) made a long document of wrapped items take time quadratic in its length.
   */
  private void removeRecent(List<Item> recent) {
    for (int r = recent.size() - 1; r >= 0; r--) {
      Item p = recent.get(r);
      for (int k = items.size() - 1; k >= 0; k--) {
        if (items.get(k) == p) {
          items.remove(k);
          break;
        }
      }
    }
  }

  private void readInlineClause(String text, String folded, int clauseStart, Line line, RawMeasure m) {
    String inner;
    int column;
    if (Brackets.isOpen(folded.charAt(clauseStart))) {
      int close = Brackets.matchingClose(folded, clauseStart);
      if (close < 0) {
        diagnostics.add(Diagnostic.Kind.UNBALANCED_BRACKET,
            "the responsibility clause opened here is never closed", line.number(), clauseStart + 1);
      }
      inner = text.substring(clauseStart + 1, close < 0 ? text.length() : close);
      column = clauseStart + 2;
    } else {
      // 由X牵头，Y配合。 — a role sentence with no bracket (roleSentenceStart)
      int b = folded.charAt(clauseStart) == '由' ? clauseStart + 1 : clauseStart;
      int e = sentenceEnd(folded, b);
      inner = text.substring(b, e);
      column = b + 1;
    }
    for (Clause c : Labels.clauses(inner, Clause.Kind.GENERIC, line.number(), column)) {
      if (c.kind() == Clause.Kind.DEADLINE) {
        m.deadline = c.text().isEmpty() ? null : c.text();
      } else {
        m.addClause(c);
        learnFrom(c);
      }
    }
    m.inlineClause = true;
  }

  /**
   * Where an inline responsibility clause starts: the last round bracket at depth 0 that runs to the end of the line
   * (or never closes, as in a truncated page) and names a label or a role word. -1 if none.
   */
  static int inlineClauseStart(String folded, int from) {
    int depth = 0;
    int lastOpen = -1;
    int lastClose = -1;
    int n = folded.length();
    for (int i = from; i < n; i++) {
      char c = folded.charAt(i);
      if (Brackets.isOpen(c)) {
        if (depth == 0 && (c == '(' || c == '【' || c == '[')) {
          lastOpen = i;
        } else if (depth == 0) {
          lastOpen = -2; // a depth-0 group of another bracket kind: not ours
        }
        depth++;
      } else if (Brackets.isClose(c) && depth > 0) {
        depth--;
        if (depth == 0) {
          lastClose = i;
        }
      }
    }
    if (lastOpen < 0) {
      return -1;
    }
    if (depth == 0) {
      if (lastClose < lastOpen) {
        return -1;
      }
      for (int i = lastClose + 1; i < n; i++) {
        char c = folded.charAt(i);
        if (!(Fold.isSpace(c) || c == '。' || c == '.' || c == ';' || c == ',' || c == '；')) {
          return -1;
        }
      }
    }
    int end = depth == 0 ? lastClose : n;
    return isClauseInside(folded.substring(lastOpen + 1, end)) ? lastOpen : -1;
  }


  /** Role words that end a part of a role sentence ({@code 市教育局牵头}), the lead's first. */
  private static final List<String> ROLE_WORDS = List.of("牵头", "负责", "主办", "配合", "协办", "参与");

  /**
   * Where a role sentence with no bracket ends a line, or is the line: {@code 由市教育局牵头,市财政局配合。} — the
   * last sentence, each of its parts a list of agency names and a role word, one of them a lead's. -1 if none.
   */
  static int roleSentenceStart(String folded, int from) {
    int e = sentenceEnd(folded, from);
    if (e - from < 4 || e - from > 120 || !endsWithRoleWord(folded, e)) {
      return -1; // asked of every item line: most end otherwise, and are let go before anything is cut
    }
    // the last sentence: after the last 。 or ; before its end
    int s = from;
    for (int i = e - 1; i >= from; i--) {
      char c = folded.charAt(i);
      if (c == '。' || c == ';' || c == '；') {
        s = i + 1;
        break;
      }
    }
    s = Fold.trimStart(folded, s, e);
    int b = s < e && folded.charAt(s) == '由' ? s + 1 : s;
    boolean lead = false;
    int partStart = b;
    for (int i = b; i <= e; i++) {
      char c = i < e ? folded.charAt(i) : ',';
      if (c != ',' && c != '，') {
        continue;
      }
      String part = Fold.trim(folded.substring(partStart, i));
      String role = null;
      for (String w : ROLE_WORDS) {
        if (part.endsWith(w)) {
          role = w;
          break;
        }
      }
      if (role == null || !Cells.isAgencyList(part.substring(0, part.length() - role.length()))) {
        return -1;
      }
      lead |= ROLE_WORDS.indexOf(role) < 3;
      partStart = i + 1;
    }
    return lead ? s : -1;
  }

  private static boolean endsWithRoleWord(String folded, int end) {
    for (String w : ROLE_WORDS) {
      if (end >= w.length() && folded.startsWith(w, end - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** The end of {@code folded}'s text from {@code from}, less trailing spaces and sentence punctuation. */
  private static int sentenceEnd(String folded, int from) {
    int e = folded.length();
    while (e > from && (Fold.isSpace(folded.charAt(e - 1)) || "。.;；,，".indexOf(folded.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e;
  }

  /**
   * Where labels start in the middle of an item line ({@code 1.任务。牵头单位:X;责任单位:Y}): the first label after a
   * sentence end, semicolon or space. -1 if none.
   */
  static int inlineLabelStart(String folded, int from) {
    for (Labels.Found f : Labels.find(folded)) {
      if (f.start() > from) {
        char p = folded.charAt(f.start() - 1);
        if (p == '。' || p == ';' || p == '.' || Fold.isSpace(p)) {
          return f.start();
        }
      }
    }
    return -1;
  }

  /**
   * Cells of the row {@code [from, to)} of {@code text} split on {@code sep}; the empty cells a leading or trailing
   * separator makes are dropped, inner empty cells kept.
   */
  static List<String> cells(String text, int from, int to, char sep) {
    List<String> cells = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == sep) {
        int b = start;
        int e = i;
        e = Fold.trimEnd(text, b, e);
        b = Fold.trimStart(text, b, e);
        cells.add(text.substring(b, e));
        start = i + 1;
      }
    }
    int first = Fold.trimStart(text, from, to);
    if (!cells.isEmpty() && cells.get(0).isEmpty() && (sep == '\t' || first < to && text.charAt(first) == '|')) {
      cells.remove(0);
    }
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  /** The longest line looked at as the header of a table whose cells are apart by spaces. */
  private static final int SPACED_HEADER = 200;

  /**
   * Whether a line may be the header of a table whose cells are apart by spaces: short, and its text up to the first
   * such gap a column's name. Asked of every line with no pipe or tab: looks before it cuts.
   */
  private static boolean mayBeSpacedHeader(Line line) {
    String s = line.source();
    int b = Fold.trimStart(s, line.start(), line.end());
    int e = line.end();
    if (e - b > SPACED_HEADER) {
      return false;
    }
    for (int i = b; i < e && i - b <= 12; i++) {
      char c = s.charAt(i);
      if (c == '\u3000' || isGap(c) && i + 1 < e && isGap(s.charAt(i + 1))) {
        return i > b && Columns.kind(s.substring(b, i)) != null;
      }
    }
    return false;
  }

  /** The kind of a header's one column of units, or null if it has none or several. */
  private static Columns.Kind onlyUnitsColumn(List<Columns.Kind> header) {
    Columns.Kind found = null;
    for (Columns.Kind k : header) {
      if (k.holdsUnits()) {
        if (found != null) {
          return null;
        }
        found = k;
      }
    }
    return found;
  }

  /** A space that may part the cells of a table copied as text: ASCII, no-break or ideographic. */
  private static boolean isGap(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u3000';
  }

  /** Whether the rows being read are those of a table whose cells are apart by spaces. */
  private boolean spacedTable;
  /** The measure the last row of that table made, whose task cell the next lines may go on with. */
  private Item spacedRow;

  /**
   * {@code text[from, to)} cut into cells at runs of two or more spaces (ASCII, no-break or ideographic) or at one
   * ideographic space, leading and trailing spaces left out: a table's row as a PDF or Word gives it as text.
   */
  static List<String> spacedCells(String text, int from, int to) {
    List<String> cells = new ArrayList<>();
    int b = Fold.trimStart(text, from, to);
    int e = Fold.trimEnd(text, b, to);
    int start = b;
    int i = b;
    while (i < e) {
      char c = text.charAt(i);
      if (isGap(c)) {
        int run = i;
        while (run < e && isGap(text.charAt(run))) {
          run++;
        }
        if (run - i >= 2 || c == '\u3000') {
          cells.add(text.substring(start, i));
          start = run;
        }
        i = run;
      } else {
        i++;
      }
    }
    if (start < e) {
      cells.add(text.substring(start, e));
    }
    return cells;
  }

  /** {@code 具体措施:} alone in a cell. */
  private static boolean taskLabel(String foldedCell) {
    String t = Fold.trim(foldedCell);
    return t.endsWith(":") && Columns.kind(t.substring(0, t.length() - 1)) == Columns.Kind.TASK;
  }

  /** {@code 具体措施:根据…} on a line of its own. */
  private static boolean taskLabelLine(String foldedTrimmed) {
    int colon = foldedTrimmed.indexOf(':');
    return colon > 1 && colon <= 8 && Columns.kind(foldedTrimmed.substring(0, colon)) == Columns.Kind.TASK;
  }

  private static boolean isConventionNote(String foldedTrimmed) {
    return foldedTrimmed.length() <= 80 && LeadConvention.of(foldedTrimmed) != null
        && (foldedTrimmed.contains("牵头") || foldedTrimmed.contains("主办"));
  }

  /** A note line without its brackets or its 注: prefix. */
  private static String noteText(String s) {
    String t = s;
    String f = Fold.fold(t);
    if (f.startsWith("注:") || f.startsWith("备注:")) {
      t = Fold.trim(t.substring(f.indexOf(':') + 1));
      f = Fold.fold(t);
    }
    if (f.length() >= 2 && Brackets.isRoundOpen(t.charAt(0)) && Brackets.isRoundClose(t.charAt(t.length() - 1))) {
      t = Fold.trim(t.substring(1, t.length() - 1));
    }
    return t;
  }

  // ---- deciding what each item is --------------------------------------------------------------------------

  private RawDocument decide() {
    Set<Numbering> measureStyles = EnumSet.noneOf(Numbering.class);
    boolean anyDirect = false;
    for (Item it : items) {
      if (!it.direct && it.hasClauses()) {
        measureStyles.add(it.style);
      }
      anyDirect |= it.direct;
    }
    int lastMeasure = -1;
    for (int k = 0; k < items.size(); k++) {
      Item it = items.get(k);
      it.isMeasure = it.direct || (measureStyles.contains(it.style)
          && (it.style != Numbering.NONE || it.hasClauses()));
      if (it.isMeasure) {
        lastMeasure = k;
      }
    }
    // 1.提升教育质量。 over (1)…(3) that carry the units: a parent item is a heading, not a measure
    for (int k = 0; k + 1 < items.size(); k++) {
      Item it = items.get(k);
      Item next = items.get(k + 1);
      if (it.isMeasure && !it.direct && !it.hasClauses() && next.isMeasure && !next.direct
          && next.style.ordinal() > it.style.ordinal() && it.style != Numbering.NONE) {
        it.isMeasure = false;
      }
    }
    lastMeasure = -1;
    for (int k = 0; k < items.size(); k++) {
      if (items.get(k).isMeasure) {
        lastMeasure = k;
      }
    }
    boolean seenMeasure = false;
    for (int k = 0; k < items.size(); k++) {
      Item it = items.get(k);
      if (it.isMeasure) {
        seenMeasure = true;
        continue;
      }
      if (it.style != Numbering.NONE) {
        it.isHeading = it.fullLength() <= MAX_HEADING && (!measureStyles.isEmpty() || anyDirect)
            && k < Math.max(lastMeasure, 0);
      } else {
        it.isHeading = seenMeasure && k < lastMeasure && plainHeading(it.fullTextOnce());
      }
    }
    inheritClosingClauses();

    List<RawMeasure> measures = new ArrayList<>(items.size());
    // the headings above, outermost first; a heading's rank is its numbering style's (no strings made per heading)
    List<Item> stack = new ArrayList<>();
    // measures under the same headings share one section list; null when the headings changed since it was built
    ImmutableList<String> section = null;
    String title = null;
    boolean started = false;
    for (Item it : items) {
      if (it.isHeading) {
        int rank = it.style.ordinal();
        while (!stack.isEmpty() && stack.get(stack.size() - 1).style.ordinal() >= rank) {
          stack.remove(stack.size() - 1);
        }
        stack.add(it);
        section = null;
        started = true;
      } else if (it.isMeasure) {
        // a measure numbered 2. closes a heading numbered 1. above it
        while (!it.direct && it.style != Numbering.NONE && !stack.isEmpty()
            && stack.get(stack.size() - 1).style.ordinal() >= it.style.ordinal()) {
          stack.remove(stack.size() - 1);
          section = null;
        }
        if (section == null) {
          ImmutableList.Builder<String> b = ImmutableList.builder();
          for (Item h : stack) {
            b.add(h.fullText());
          }
          section = b.build();
        }
        RawMeasure m = it.measure();
        m.section = section;
        measures.add(m);
        started = true;
      } else if (!started && title == null && isTitle(it.fullTextOnce())) {
        title = it.fullText();
      }
    }
    if (title == null) {
      title = furnitureTitle;
    }
    notes.addAll(clauseNotes);
    return new RawDocument(title, notes, measures, typed);
  }

  /**
   * Learns what a unit list says about the whole document as it is added to a measure: a note bracketed in it
   * ({@code (以下均为牵头单位)}), and whether the source shows type. Read now, while the list is at hand, not in a
   * pass of its own over every measure once the text is read.
   */
  private void learnFrom(Clause c) {
    typed |= c.hasType();
    // only the few lists with a bracket are read for one: the rest of the responsibility reader stays out of the
    // layout stage, and the JIT does not compile it a first time just for this
    if (Brackets.containsRoundOpen(c.text())) {
      clauseNotes.addAll(ResponsibilityReader.notesIn(c.text()));
    }
  }

  /** Whether a line with no numbering reads as a heading: short, mostly Han, not a sentence or a page marker. */
  private static boolean plainHeading(String fullText) {
    if (fullText.length() > 30) {
      return false; // folding keeps the length: no need to fold a long line to see it is too long
    }
    String f = Fold.fold(fullText);
    return !f.endsWith("。") && !f.endsWith(":") && !f.contains("|") && mostlyHan(f) && !isPageMarker(f);
  }

  /** At least two Han chars and at least half of the non-space chars: not "- 3 -" or a bare number. */
  private static boolean mostlyHan(String f) {
    int han = 0;
    int chars = 0;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (!Fold.isSpace(c)) {
        chars++;
        han += Fold.isHan(c) ? 1 : 0;
      }
    }
    return han >= 2 && han * 2 >= chars;
  }

  /** 第3页, 共10页, 第 3 页 共 10 页: page furniture from a PDF or a print view. */
  private static boolean isPageMarker(String f) {
    return f.endsWith("页") && (f.startsWith("第") || f.startsWith("共"));
  }

  /** One clause closing sub-items (1)…(4) applies to each clause-less item of the same style just before it. */
  private void inheritClosingClauses() {
    for (int k = items.size() - 1; k >= 0; k--) {
      Item it = items.get(k);
      if (!it.isMeasure || it.direct || !it.measure().inlineClause) {
        continue;
      }
      for (int j = k - 1; j >= 0; j--) {
        Item prev = items.get(j);
        if (!prev.isMeasure || prev.direct || prev.style != it.style || prev.hasClauses()) {
          break;
        }
        prev.measure().addClauses(it.measure().clauses());
        if (prev.measure().deadline == null) {
          prev.measure().deadline = it.measure().deadline;
        }
      }
    }
  }

  private static final String[] TITLE_ENDS = {"通知", "方案", "意见", "决定", "分解表", "情况表", "任务表", "清单",
      "计划", "安排", "办法", "责任表", "事项", "实事项目", "任务分工"};

  /** A line that reads as a document title: short, and ends like one (a trailing bracketed remark allowed). */
  static boolean isTitle(String s) {
    String t = Fold.trim(s);
    if (t.length() > 100) {
      return false; // folding keeps the length
    }
    String f = Fold.fold(t);
    if (f.length() < 6 || f.length() > 100 || f.endsWith("。") || f.endsWith(":") || f.contains("|")) {
      return false;
    }
    if (f.endsWith(")")) {
      int open = f.lastIndexOf('(');
      if (open > 0) {
        f = f.substring(0, open);
      }
    }
    for (String e : TITLE_ENDS) {
      if (f.endsWith(e)) {
        return !f.startsWith("附件") && !f.startsWith("现将") && !f.startsWith("根据");
      }
    }
    return false;
  }
}
