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

import dev.mandate.parser.internal.text.Fold;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML page into blocks: text outside tables as {@link Line}s (one per paragraph, heading, list item, cell of
 * a layout table or {@code <br>}), every row of a table that holds no other table as a {@link Row} with {@code rowspan}/{@code colspan} expanded and the bold type of
 * each char kept ({@code <b>}, {@code <strong>}, {@code font-weight: bold|bolder|600..900} on the element or an
 * ancestor inside the cell). Word cruft ({@code MsoNormal} spans, {@code &nbsp;}, {@code <o:p>}) is just text and
 * whitespace. Traversal is iterative (jsoup's {@link NodeTraversor}), so nesting depth cannot exhaust the stack.
 * Blocks are numbered in reading order (paragraphs and rows), not by source line: tracking source positions made
 * parsing several times slower. Stateless.
 */
public final class HtmlReader {

  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
      "section", "article", "header", "footer", "ul", "ol", "dl", "dt", "dd", "pre", "blockquote", "center", "hr",
      "tr", "caption", "form", "fieldset", "address", "nav", "aside", "main", "figure", "figcaption", "body");
  private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "svg",
      "object", "iframe", "select", "button");
  private static final int MAX_SPAN = 100;
  private static final int MAX_ROWSPAN = 1000;
  /** A table of at most this many rows, with a cell of at least {@link #FRAME_LINES} lines, frames a page. */
  private static final int FRAME_ROWS = 3;
  private static final int FRAME_LINES = 8;

  /** How many chars at the start of a text decide whether it is HTML. */
  public static final int SNIFF = 4096;

  private HtmlReader() {}

  /** Whether decoded text looks like HTML rather than plain text (from its first {@link #SNIFF} chars). */
  public static boolean looksLikeHtml(String text) {
    int i = 0;
    int n = Math.min(text.length(), SNIFF);
    while (i < n && (Fold.isSpace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i >= n || text.charAt(i) != '<') {
      return false;
    }
    String head = text.substring(i, n).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<body")
        || head.contains("<table") || head.contains("<p") || head.contains("<div") || head.startsWith("<meta");
  }

  /** The charset an HTML page declares in its first 4 KiB ({@code <meta charset>} or http-equiv), or null. */
  public static String declaredCharset(byte[] bytes) {
    // read on the bytes themselves: the declaration is ASCII, and a text's head needs no decoding to find it
    int n = Math.min(bytes.length, 4096);
    for (int at = 0; at + 7 <= n; at++) {
      if ((bytes[at] | 0x20) != 'c' || !asciiWordAt(bytes, at, "charset")) {
        continue; // most bytes are no c: let them go before the word is compared
      }
      int j = at + 7;
      while (j < n && (bytes[j] == ' ' || bytes[j] == '=' || bytes[j] == '"' || bytes[j] == '\'')) {
        j++;
      }
      int k = j;
      while (k < n && isNameByte(bytes[k])) {
        k++;
      }
      if (k > j) {
        StringBuilder name = new StringBuilder(k - j);
        for (int i = j; i < k; i++) {
          name.append(Character.toLowerCase((char) bytes[i]));
        }
        return name.toString();
      }
    }
    return null;
  }

  private static boolean asciiWordAt(byte[] bytes, int at, String word) {
    for (int i = 0; i < word.length(); i++) {
      int b = bytes[at + i];
      if (b >= 'A' && b <= 'Z') {
        b += 'a' - 'A';
      }
      if (b != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameByte(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '_';
  }

  /** The blocks of an HTML page. */
  public static List<Block> read(String html) {
    return read(html, CellBudget.unlimited());
  }

  /**
   * The blocks of an HTML page, counting table cells against {@code budget}.
   *
   * <p>The page is parsed as a stream: each table row is read as soon as jsoup completes it and then replaced in the
   * tree by an empty placeholder, so a large page never holds its whole DOM (which made the time grow with the square
   * of the size, all of it in GC); the placeholder keeps the row's place, so that the walk over the page afterwards
   * still meets every row in reading order. The rows read are held compactly ({@link CellStore}) until the layout
   * stage asks for them: the blocks returned make a row, and its cells, when asked for.
   */
  public static List<Block> read(String html, CellBudget budget) {
    return read(new ArrayList<>(List.of(html)), budget);
  }

  /**
   * As {@link #read(String, CellBudget)}, for a page decoded in pieces: read as one text, never joined into one. The
   * list is emptied as it is read (each piece set to null once jsoup has read it), so pass one that nothing else
   * holds: the page's text is then let go while its tree is built, not kept until the end.
   */
  public static List<Block> read(List<String> pieces, CellBudget budget) {
    return read(new PiecesReader(pieces), budget);
  }

  /**
   * As {@link #read(String, CellBudget)}, for a page read from {@code page}: a reader over text decoded as it is read
   * lets a large page's text go piece by piece too.
   */
  public static List<Block> read(Reader page, CellBudget budget) {
    // jsoup's position tracking costs more than all the rest together; blocks are numbered in reading order instead
    CellStore store = new CellStore();
    Tables tables = new Tables(budget, store);
    StreamParser parser = new StreamParser(Parser.htmlParser());
    Document doc;
    try {
      parser.parse(page, "");
      Iterator<Element> completed = parser.iterator();
      while (completed.hasNext()) {
        tables.completed(completed.next());
      }
      doc = parser.document();
    } finally {
      parser.close();
    }
    HtmlBlocks out = new HtmlBlocks(store);
    Element root = doc.body() != null ? doc.body() : doc;
    Walker w = new Walker(out, tables, store);
    NodeTraversor.filter(w, root);
    w.flush();
    return out;
  }

  /** Collects lines outside tables; emits each data table's rows on entry and skips its subtree. */
  private static final class Walker implements NodeFilter {
    private final HtmlBlocks out;
    private final Tables tables;
    private final CellStore store;
    private final StringBuilder line = new StringBuilder();

    Walker(HtmlBlocks out, Tables tables, CellStore store) {
      this.out = out;
      this.tables = tables;
      this.store = store;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element) {
        Element e = (Element) node;
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("table")) {
          flush();
          if (tables.isLayout(e)) {
            // a layout table around the content (common in CMS pages): read into it, its cells as text blocks
            return FilterResult.CONTINUE;
          }
          rowsOf(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("tr")) {
          int r = tables.read(e);
          if (r >= 0) {
            // a row read before its table turned out to hold another table: its cells are text blocks
            flush();
            ownLines(r);
            return FilterResult.SKIP_ENTIRELY;
          }
        }
        if (tag.equals("td") || tag.equals("th")) {
          flush();
        }
        if (BLOCKS.contains(tag)) {
          flush();
        }
      } else if (node instanceof TextNode) {
        appendText(line, ((TextNode) node).getWholeText());
      }
      return FilterResult.CONTINUE;
    }

    /**
     * A data table's rows in order: those that are its tr children and those of its thead, tbody and tfoot. A table
     * frames what it holds when no cell sits beside another (a page inside one cell, a box around a note), or when it
     * has a row or three and a cell of a page's many paragraphs (links beside the content): its cells are then text,
     * a line for each of their lines.
     */
    private void rowsOf(Element table) {
      rowCount = 0;
      collectRows(table);
      boolean oneColumn = true;
      int mostLines = 0;
      for (int i = 0; i < rowCount; i++) {
        int r = rowIds[i];
        int withText = 0;
        for (int k = 0, n = store.ownCount(r); k < n; k++) {
          int cell = store.ownCell(r, k);
          withText += store.hasText(cell) ? 1 : 0;
          if (rowCount <= FRAME_ROWS) {
            mostLines = Math.max(mostLines, store.lines(cell));
          }
        }
        oneColumn &= withText <= 1;
      }
      boolean frame = oneColumn || rowCount <= FRAME_ROWS && mostLines >= FRAME_LINES;
      for (int i = 0; i < rowCount; i++) {
        int r = rowIds[i];
        if (frame) {
          ownLines(r);
        } else if (store.width(r) > 0) {
          out.row(r);
        }
      }
    }

    /** The numbers of the rows of the table being read (reused from table to table). */
    private int[] rowIds = new int[16];
    private int rowCount;

    private void collectRows(Element table) {
      for (int i = 0, n = table.childNodeSize(); i < n; i++) {
        Node child = table.childNode(i);
        if (!(child instanceof Element)) {
          continue;
        }
        String tag = ((Element) child).normalName();
        if (tag.equals("tr")) {
          add((Element) child);
        } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
          for (int k = 0, m = child.childNodeSize(); k < m; k++) {
            Node tr = child.childNode(k);
            if (tr instanceof Element && ((Element) tr).normalName().equals("tr")) {
              add((Element) tr);
            }
          }
        }
      }
    }

    private void add(Element tr) {
      int r = tables.read(tr);
      if (r >= 0) {
        if (rowCount == rowIds.length) {
          rowIds = java.util.Arrays.copyOf(rowIds, rowCount * 2);
        }
        rowIds[rowCount++] = r;
      }
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element) {
        String tag = ((Element) node).normalName();
        if (BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th") || tag.equals("table")) {
          flush();
        }
      }
      return FilterResult.CONTINUE;
    }

    /** A row's own cells as text: a line for each line of each cell. */
    private void ownLines(int r) {
      for (int k = 0, n = store.ownCount(r); k < n; k++) {
        String text = store.text(store.ownCell(r, k));
        for (int from = 0; from <= text.length(); ) {
          int nl = text.indexOf('\n', from);
          int to = nl < 0 ? text.length() : nl;
          if (to > from) {
            out.line(text.substring(from, to));
          }
          from = to + 1;
        }
      }
    }

    void flush() {
      String t = Fold.trim(line.toString());
      if (!t.isEmpty()) {
        out.line(t);
      }
      line.setLength(0);
    }
  }

  /**
   * What the stream has shown of the page's tables: which are layout (they hold another table; a table completes
   * before any table around it, so this is known by the time the outer rows that hold it complete), each open data
   * table's merged cells still to carry down, and the rows read so far, by the placeholder left in the tree.
   */
  private static final class Tables {
    private final CellBudget budget;
    private final CellStore store;
    private final Set<Element> layout = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Element, Carried> carried = new IdentityHashMap<>();
    private final Placeholders rows = new Placeholders();
    /** A row's columns and own cells, by number, as it is read (reused from row to row). */
    private int[] columns = new int[16];
    private int[] own = new int[16];

    Tables(CellBudget budget, CellStore store) {
      this.budget = budget;
      this.store = store;
    }

    boolean isLayout(Element table) {
      return layout.contains(table);
    }

    /** The row read where {@code tr} stands, by its number in the store; -1 if none was. */
    int read(Element tr) {
      return rows.get(tr);
    }

    void completed(Element e) {
      String tag = e.normalName();
      if (tag.equals("table")) {
        carried.remove(e);
        // every table around another is layout; the walk up stops at one already known, so nesting stays linear
        int hops = 0;
        for (Element p = e.parent(); p != null && hops < MAX_TABLE_HOPS; p = p.parent(), hops++) {
          if (p.normalName().equals("table")) {
            layout.add(p);
            break;
          }
        }
      } else if (tag.equals("tr")) {
        Element table = owner(e);
        if (table != null && !layout.contains(table)) {
          int row = carried.computeIfAbsent(table, t -> new Carried()).row(e, this);
          // the placeholder only keeps the row's place in reading order: an element of the same tag with nothing in
          // it, no content, no style and none of the structures jsoup kept for the row (32 bytes a row)
          Element placeholder = new Element(e.tag(), "", null);
          e.replaceWith(placeholder);
          rows.put(placeholder, row);
        }
      }
    }

    /** Adds a read row to the store, counted against the budget; returns its number there. */
    int add(int columnCount, int ownCount) {
      if (columnCount > 0) {
        long chars = 0;
        for (int k = 0; k < columnCount; k++) {
          chars += store.length(columns[k]);
        }
        budget.take(columnCount, chars);
      }
      return store.row(columns, columnCount, own, ownCount);
    }

    int[] columns(int n) {
      if (n > columns.length) {
        columns = Arrays.copyOf(columns, Math.max(n, columns.length * 2));
      }
      return columns;
    }

    int[] own(int n) {
      if (n > own.length) {
        own = Arrays.copyOf(own, Math.max(n, own.length * 2));
      }
      return own;
    }
  }

  /**
   * The placeholders of rows read, each with its row's number in the store: an identity map of open addressing, no
   * object per entry (a row of a large table held an entry, a boxed number and a record).
   */
  private static final class Placeholders {
    private Element[] keys = new Element[64];
    private int[] values = new int[64];
    /** 32 less the number of bits a slot takes: the slot is the top bits of the scrambled hash (Fibonacci hashing). */
    private int shift = 32 - 6;
    private int size;

    void put(Element key, int value) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int i = slot(keys, shift, key);
      if (keys[i] == null) {
        keys[i] = key;
        size++;
      }
      values[i] = value;
    }

    int get(Element key) {
      int i = slot(keys, shift, key);
      return keys[i] == null ? -1 : values[i];
    }

    private static int slot(Element[] keys, int shift, Element key) {
      int i = (System.identityHashCode(key) * 0x9E3779B9) >>> shift;
      while (keys[i] != null && keys[i] != key) {
        i = (i + 1) & (keys.length - 1);
      }
      return i;
    }

    private void grow() {
      Element[] oldKeys = keys;
      int[] oldValues = values;
      keys = new Element[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      shift--;
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] != null) {
          int i = slot(keys, shift, oldKeys[k]);
          keys[i] = oldKeys[k];
          values[i] = oldValues[k];
        }
      }
    }
  }

  /** How far up from a table to look for a table around it. */
  private static final int MAX_TABLE_HOPS = 10_000;

  /** The table a row belongs to: its parent, or the table around its thead/tbody/tfoot; else null. */
  private static Element owner(Element tr) {
    Element p = tr.parent();
    if (p == null) {
      return null;
    }
    String tag = p.normalName();
    if (tag.equals("table")) {
      return p;
    }
    if ((tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) && p.parent() != null
        && p.parent().normalName().equals("table")) {
      return p.parent();
    }
    return null;
  }

  /** One data table's cells merged down from rows above (rowspan), column by column. */
  private static final class Carried {
    private int[] remaining = new int[0];
    private int[] cells = new int[0];

    /**
     * Reads a row into the store: merged cells expanded into every column and row they cover, trailing empty cells
     * dropped. Returns its number there.
     */
    int row(Element tr, Tables tables) {
      CellStore store = tables.store;
      int[] out = tables.columns(remaining.length);
      int n = 0;
      int owned = 0;
      int col = 0;
      boolean ownText = false;
      for (int i = 0, children = tr.childNodeSize(); i < children; i++) {
        Node child = tr.childNode(i);
        if (!(child instanceof Element)) {
          continue;
        }
        Element td = (Element) child;
        String tag = td.normalName();
        if (!tag.equals("td") && !tag.equals("th")) {
          continue;
        }
        while (col < remaining.length && remaining[col] > 0) {
          out = tables.columns(n + 1);
          out[n++] = cells[col];
          remaining[col]--;
          col++;
        }
        int cell = cell(td, store);
        int[] own = tables.own(owned + 1);
        own[owned++] = cell;
        ownText = ownText || store.hasText(cell);
        int colspan = span(td.attr("colspan"), MAX_SPAN);
        int rowspan = span(td.attr("rowspan"), MAX_ROWSPAN);
        for (int k = 0; k < colspan; k++) {
          if (col >= remaining.length) {
            remaining = Arrays.copyOf(remaining, col + 1);
            cells = Arrays.copyOf(cells, col + 1);
          }
          out = tables.columns(n + 1);
          out[n++] = cell;
          if (rowspan > 1) {
            remaining[col] = rowspan - 1;
            cells[col] = cell;
          }
          col++;
        }
      }
      out = tables.columns(n + remaining.length - Math.min(col, remaining.length));
      while (col < remaining.length) {
        if (remaining[col] > 0) {
          out[n++] = cells[col];
          remaining[col]--;
        } else {
          out[n++] = CellStore.EMPTY;
        }
        col++;
      }
      while (n > 0 && store.length(out[n - 1]) == 0) {
        n--;
      }
      if (!ownText) {
        // a row with no text of its own (<tr></tr> under cells spanning rows) would only repeat the row above
        n = 0;
      }
      return tables.add(n, owned);
    }
  }

  /** Appends text with whitespace runs (including NBSP and newlines) collapsed to one space. */
  private static void appendText(StringBuilder b, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Fold.isSpace(c) && c != '\u3000') {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ' && b.charAt(b.length() - 1) != '\n') {
          b.append(' ');
        }
      } else {
        b.append(c);
      }
    }
  }

  /**
   * A colspan or rowspan: its leading digits (browsers read {@code "2px"} as 2), at least 1 and at most max. Read by
   * hand: most cells have none, and an exception per cell cost more than the rest of reading the cell.
   */
  static int span(String attr, int max) {
    int n = attr.length();
    int i = Fold.trimStart(attr, 0, n);
    long v = 0;
    int digits = 0;
    while (i < n && attr.charAt(i) >= '0' && attr.charAt(i) <= '9' && v <= max) {
      v = v * 10 + (attr.charAt(i) - '0');
      digits++;
      i++;
    }
    return digits == 0 ? 1 : (int) Math.max(1, Math.min(v, max));
  }

  /** A cell's text, paragraphs on their own lines, and which chars are bold, added to the store; returns its number. */
  static int cell(Element td, CellStore store) {
    StringBuilder text = new StringBuilder(64);
    Mask bold = new Mask();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element) {
          String tag = ((Element) node).normalName();
          if (SKIPPED.contains(tag)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th")) {
            newline(text, bold);
          }
        } else if (node instanceof TextNode) {
          boolean b = isBold(node, td);
          int before = text.length();
          appendText(text, ((TextNode) node).getWholeText());
          bold.add(b, text.length() - before);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
          newline(text, bold);
        }
        return FilterResult.CONTINUE;
      }
    }, td);
    // trim each line, drop empty lines, keep the mask aligned
    store.begin(text.length());
    boolean any = false;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int b = start;
        int e = i;
        e = Fold.trimEnd(text, b, e);
        b = Fold.trimStart(text, b, e);
        if (e > b) {
          if (any) {
            store.appendBreak();
          }
          store.append(text, b, e, bold);
          any = true;
        }
        start = i + 1;
      }
    }
    return store.end();
  }

  private static void newline(StringBuilder text, Mask bold) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
      bold.add(false, 1);
    }
  }

  /** Bold by tag or style on the node's element or an ancestor up to the cell. */
  private static boolean isBold(Node node, Element cell) {
    Node n = node.parent();
    int hops = 0;
    while (n instanceof Element && hops++ < 64) {
      Element e = (Element) n;
      String tag = e.normalName();
      if (tag.equals("b") || tag.equals("strong")) {
        return true;
      }
      String style = e.attr("style");
      if (!style.isEmpty()) {
        Boolean b = styleBold(style.toLowerCase(Locale.ROOT));
        if (b != null) {
          return b;
        }
      }
      if (e == cell) {
        break;
      }
      n = e.parent();
    }
    return false;
  }

  /** font-weight in an inline style: true for bold/bolder/600–900, false for normal/lighter/100–500, else null. */
  static Boolean styleBold(String style) {
    int at = style.indexOf("font-weight");
    if (at < 0) {
      return null;
    }
    int colon = style.indexOf(':', at);
    if (colon < 0) {
      return null;
    }
    int end = style.indexOf(';', colon);
    String v = style.substring(colon + 1, end < 0 ? style.length() : end).replace("!important", "").trim();
    if (v.equals("bold") || v.equals("bolder")) {
      return true;
    }
    if (v.equals("normal") || v.equals("lighter")) {
      return false;
    }
    try {
      return Integer.parseInt(v) >= 600;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
