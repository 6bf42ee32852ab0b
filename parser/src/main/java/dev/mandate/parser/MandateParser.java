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
package dev.mandate.parser;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import dev.mandate.model.Document;
import dev.mandate.parser.internal.DocumentAssembler;
import dev.mandate.parser.formats.FormatReader;
import dev.mandate.parser.internal.source.Input;
import dev.mandate.parser.internal.source.Sources;
import dev.mandate.parser.internal.quantity.BuiltinTargetExtractor;
import dev.mandate.parser.internal.quantity.UnitsOfMeasure;
import dev.mandate.parser.targets.TargetExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Parses task-allocation documents (任务分工方案, 责任分解表, 民生实事 lists) into a {@link Document}: every measure with
 * its responsible units, its lead, its quantitative targets and its deadline.
 *
 * <pre>{@code
 * MandateParser parser = MandateParser.builder().build();
 * Document doc = parser.parse(Path.of("linyi-2021-livelihood.txt"));
 * for (Measure m : doc.measures()) {
 *   System.out.println(m.id() + " " + m.leads() + " " + m.targets());
 * }
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe: build it once and share it; every call works on fresh state. Odd but
 * survivable input (a measure without units, an unbalanced bracket) yields a document with
 * {@link Document#diagnostics() diagnostics}; only input from which nothing can be produced throws
 * {@link MandateException}.
 *
 * <p>Input is told apart by content, not file name: plain text, HTML, Word ({@code .docx}) and Excel ({@code .xlsx});
 * a text file named {@code .docx} is read as text. Text recognises labelled rows ({@code 具体措施: | … |}), pipe
 * tables and flattened tables with a header, numbered items with label lines or inline clauses, and headings; HTML,
 * Word and Excel tables are read cell by cell with merged cells expanded and bold type kept, so a lead shown in bold
 * is found ({@link dev.mandate.model.Basis#BOLD}). Bytes are decoded from a byte-order mark (UTF-8, UTF-16LE/BE),
 * else an HTML page's declared charset (GB2312 and GBK read as GB18030), else UTF-8 if valid, else GB18030. Word and
 * Excel files are read with the JDK's XML reader with DTDs and external entities off, and with a limit on what
 * their parts inflate to.
 */
public final class MandateParser {

  /** Default limit on input size: 64 MiB of bytes, or 64 Mi chars for text given as a string or reader. */
  public static final int DEFAULT_MAX_INPUT = 64 * 1024 * 1024;
  /** Default limit on what the parts of a Word or Excel file may inflate to: 100 MB. */
  public static final long DEFAULT_MAX_EXPANDED = 100L * 1024 * 1024;
  /** Default limit on the cells of all tables of an HTML, Word or Excel input together. */
  public static final int DEFAULT_MAX_TABLE_CELLS = 2_000_000;
  /**
   * Default limit on the text of all tables of an HTML, Word or Excel input, merged cells counted in every row and
   * column they cover: 16 Mi chars, more than twice the text of a 20 MB document.
   */
  public static final long DEFAULT_MAX_TABLE_TEXT = 16L * 1024 * 1024;
  /** Default limit on the length of one line of text, in chars; longer lines are cut with a diagnostic. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 4 * 1024 * 1024;
  /** Default limit on diagnostics kept per document. */
  public static final int DEFAULT_MAX_DIAGNOSTICS = 1000;

  // the stages: the source read into text or blocks, then everything else assembled from them; data flows one way
  private final Sources sources;
  private final DocumentAssembler assembler;
  private final int maxInput;

  private MandateParser(Builder b, List<TargetExtractor> extractors, UnitsOfMeasure units, List<FormatReader> formats) {
    this.sources = new Sources(b.maxInput, b.maxExpanded, b.maxTableCells, b.maxTableText, formats);
    this.assembler = new DocumentAssembler(extractors, units.units(), b.maxDiagnostics, b.maxLineLength);
    this.maxInput = b.maxInput;
  }

  /** A builder with the defaults: built-in target extractor on, no user extractors, no discovery. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses text held in memory; the document's {@code source} is empty.
   *
   * @throws MandateException of kind TOO_LARGE if the text is longer than the configured limit
   */
  public Document parse(String text) {
    return parse(text, null);
  }

  /**
   * Parses text held in memory, naming its source (e.g. a file name) for the document and messages.
   *
   * @param sourceName the name to record as the document's source, or null for none
   * @throws MandateException of kind TOO_LARGE if the text is longer than the configured limit
   */
  public Document parse(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxInput) {
      throw new MandateException(MandateException.Kind.TOO_LARGE, name(sourceName) + ": " + text.length()
          + " chars is more than the limit of " + maxInput + " (raise it with MandateParser.builder().maxInput(n))");
    }
    return assemble(sources.text(text, name(sourceName)), sourceName);
  }

  private Document assemble(Input input, String sourceName) {
    Optional<String> source = Optional.ofNullable(sourceName);
    return input.isText() ? assembler.assembleText(input.pieces(), source, input.malformed())
        : assembler.assemble(input.blocks(), source, input.malformed());
  }

  /**
   * Reads and parses a file; the document's {@code source} is the file name.
   *
   * @throws MandateException UNREADABLE if the file is missing, a directory or cannot be read; TOO_LARGE if it is
   *     larger than the limit (checked before reading); NOT_TEXT if it is binary
   */
  public Document parse(Path path) {
    Objects.requireNonNull(path, "path");
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (Files.isDirectory(path)) {
      throw new MandateException(MandateException.Kind.UNREADABLE, path + ": is a directory, expected a file");
    }
    try {
      long size = Files.size(path);
      if (size > maxInput) {
        throw new MandateException(MandateException.Kind.TOO_LARGE, path + ": " + size
            + " bytes is more than the limit of " + maxInput + " (raise it with MandateParser.builder().maxInput(n))");
      }
      try (InputStream in = Files.newInputStream(path)) {
        // the bytes are handed on, not kept here: read, they are decoded and let go while the text is parsed
        return assemble(sources.bytes(sources.readAll(in, path.toString(), (int) size), path.toString()), name);
      }
    } catch (NoSuchFileException e) {
      throw new MandateException(MandateException.Kind.UNREADABLE, path + ": no such file", e);
    } catch (IOException e) {
      throw new MandateException(MandateException.Kind.UNREADABLE, path + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads and parses a stream (not closed); the document's {@code source} is empty.
   *
   * @throws MandateException UNREADABLE on an I/O error, TOO_LARGE past the limit, NOT_TEXT for binary content
   */
  public Document parse(InputStream in) {
    return parse(in, null);
  }

  /**
   * Reads and parses a stream (not closed), naming its source.
   *
   * @param sourceName the name to record as the document's source, or null for none
   * @throws MandateException UNREADABLE on an I/O error, TOO_LARGE past the limit, NOT_TEXT for binary content
   */
  public Document parse(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    String label = name(sourceName);
    try {
      // what the stream says it holds (a byte array's or a file's remaining bytes) sizes the buffer; 0 if it cannot say
      int expected = Math.min(Math.max(in.available(), 0), maxInput);
      return assemble(sources.bytes(sources.readAll(in, label, expected), label), sourceName);
    } catch (IOException e) {
      throw new MandateException(MandateException.Kind.UNREADABLE, label + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads and parses characters (the reader is not closed); the document's {@code source} is empty.
   *
   * @throws MandateException UNREADABLE on an I/O error, TOO_LARGE past the limit
   */
  public Document parse(Reader reader) {
    return parse(reader, null);
  }

  /**
   * Reads and parses characters (the reader is not closed), naming their source for the document and messages.
   *
   * @param sourceName the name to record as the document's source, or null for none
   * @throws MandateException UNREADABLE on an I/O error, TOO_LARGE past the limit
   */
  public Document parse(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    String label = name(sourceName);
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    try {
      int r;
      while ((r = reader.read(buf)) > 0) {
        if (b.length() + r > maxInput) {
          throw new MandateException(MandateException.Kind.TOO_LARGE,
              label + ": more than the limit of " + maxInput + " chars");
        }
        b.append(buf, 0, r);
      }
    } catch (IOException e) {
      throw new MandateException(MandateException.Kind.UNREADABLE, label + ": cannot be read: " + e.getMessage(), e);
    }
    return parse(b.toString(), sourceName);
  }

  private static String name(String sourceName) {
    return sourceName == null ? "<input>" : sourceName;
  }

  /**
   * Configures a {@link MandateParser}. Not thread-safe; {@link #build()} validates the configuration and returns an
   * immutable parser, and the builder may be reused afterwards.
   */
  public static final class Builder {
    private final List<TargetExtractor> extractors = new ArrayList<>();
    private final Set<String> units = new LinkedHashSet<>();
    private boolean discover;
    private boolean discoverFormats = true;
    private boolean builtInTargets = true;
    private int maxInput = DEFAULT_MAX_INPUT;
    private int maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS;
    private long maxExpanded = DEFAULT_MAX_EXPANDED;
    private int maxTableCells = DEFAULT_MAX_TABLE_CELLS;
    private long maxTableText = DEFAULT_MAX_TABLE_TEXT;
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;

    private Builder() {}

    /**
     * The most cells all tables of an HTML, Word or Excel input may have together, merged cells counted once per
     * row and column they cover (default {@value #DEFAULT_MAX_TABLE_CELLS}); past it the input is refused with
     * {@link MandateException.Kind#TOO_LARGE}.
     */
    public Builder maxTableCells(int max) {
      Preconditions.checkArgument(max > 0, "maxTableCells must be positive, got %s", max);
      this.maxTableCells = max;
      return this;
    }

    /**
     * The most chars of text all tables of an HTML, Word or Excel input may hold together, a merged cell counted in
     * every row and column it covers (default {@value #DEFAULT_MAX_TABLE_TEXT}); past it the input is refused with
     * {@link MandateException.Kind#TOO_LARGE}. A merged cell stands for its text in each place it covers (a unit
     * cell merged down a column is each row's unit), so without this a page of a few kilobytes whose long cell spans
     * a thousand rows would make a document of gigabytes.
     */
    public Builder maxTableText(long max) {
      Preconditions.checkArgument(max > 0, "maxTableText must be positive, got %s", max);
      this.maxTableText = max;
      return this;
    }

    /**
     * The longest line of text kept whole, in chars (default {@value #DEFAULT_MAX_LINE_LENGTH}); a longer line is cut
     * to this length and a {@link dev.mandate.model.Diagnostic.Kind#LIMIT_REACHED} diagnostic names it.
     */
    public Builder maxLineLength(int max) {
      Preconditions.checkArgument(max > 0, "maxLineLength must be positive, got %s", max);
      this.maxLineLength = max;
      return this;
    }

    /**
     * The most bytes the parts of a Word or Excel file may inflate to (default {@value #DEFAULT_MAX_EXPANDED}); past
     * it the file is refused with {@link MandateException.Kind#TOO_LARGE}, so a zip bomb never fills memory.
     */
    public Builder maxExpanded(long max) {
      Preconditions.checkArgument(max > 0, "maxExpanded must be positive, got %s", max);
      this.maxExpanded = max;
      return this;
    }

    /**
     * Adds a target extractor. User extractors run before the built-in one, in the order added; where findings
     * overlap, the earlier wins (see {@link TargetExtractor}).
     */
    public Builder extractor(TargetExtractor extractor) {
      extractors.add(Objects.requireNonNull(extractor, "extractor"));
      return this;
    }

    /**
     * Also runs every {@link TargetExtractor} found with {@link ServiceLoader} (listed in
     * {@code META-INF/services/dev.mandate.parser.targets.TargetExtractor}), after those added with
     * {@link #extractor}. Off by default: what runs should be what the code says.
     */
    public Builder discoverExtractors(boolean discover) {
      this.discover = discover;
      return this;
    }

    /**
     * Whether readers of other formats found with {@link ServiceLoader} are used (default true): a
     * {@link FormatReader} such as those of the {@code mandate-office} module (PDF, {@code .doc}, {@code .xls}) reads
     * the inputs it recognises when its jar is on the class path. Off, such inputs are refused as NOT_TEXT.
     */
    public Builder discoverFormats(boolean discover) {
      this.discoverFormats = discover;
      return this;
    }

    /** Whether the built-in target extractor runs (default true); off, only user extractors find targets. */
    public Builder builtInTargets(boolean on) {
      this.builtInTargets = on;
      return this;
    }

    /** Adds units of measure the built-in extractor accepts after a number ({@code 篇}, {@code 万千瓦时}). */
    public Builder unitOfMeasure(String... unitWords) {
      for (String u : unitWords) {
        Preconditions.checkArgument(u != null && !u.isBlank(), "a unit of measure must be a non-blank word");
        Preconditions.checkArgument(u.length() <= 8, "a unit of measure is a short word, got '%s'", u);
        units.add(u.strip());
      }
      return this;
    }

    /**
     * The largest input accepted, in bytes (for files and streams) or chars (for strings and readers); default
     * {@value #DEFAULT_MAX_INPUT}. Larger input is refused with {@link MandateException.Kind#TOO_LARGE} before it is
     * parsed.
     */
    public Builder maxInput(int max) {
      Preconditions.checkArgument(max > 0, "maxInput must be positive, got %s", max);
      this.maxInput = max;
      return this;
    }

    /** The most diagnostics kept per document (default {@value #DEFAULT_MAX_DIAGNOSTICS}); then one LIMIT_REACHED. */
    public Builder maxDiagnostics(int max) {
      Preconditions.checkArgument(max > 0, "maxDiagnostics must be positive, got %s", max);
      this.maxDiagnostics = max;
      return this;
    }

    /**
     * An immutable, thread-safe parser with this configuration.
     *
     * @throws IllegalArgumentException if the configuration cannot work (no extractor at all is fine)
     */
    public MandateParser build() {
      UnitsOfMeasure uom = UnitsOfMeasure.with(units);
      List<TargetExtractor> all = new ArrayList<>(extractors);
      if (discover) {
        for (TargetExtractor e : ServiceLoader.load(TargetExtractor.class)) {
          all.add(e);
        }
      }
      if (builtInTargets) {
        all.add(new BuiltinTargetExtractor(uom));
      }
      List<FormatReader> formats = new ArrayList<>();
      if (discoverFormats) {
        for (FormatReader f : ServiceLoader.load(FormatReader.class, MandateParser.class.getClassLoader())) {
          formats.add(f);
        }
      }
      return new MandateParser(this, ImmutableList.copyOf(all), uom, formats);
    }
  }
}
