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
package dev.mandate.beam;

import dev.mandate.model.Document;
import dev.mandate.parser.MandateException;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.targets.TargetExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Parses files into {@code mandate/1} JSON lines and rows: an Apache Beam transform from matched files to five
 * outputs, taken from the result by their tags.
 *
 * <pre>{@code
 * PCollectionTuple parsed = pipeline
 *     .apply(FileIO.match().filepattern("docs/*.txt"))
 *     .apply(FileIO.readMatches())
 *     .apply(ParseDocuments.create().withMaxInput(16 << 20));
 * parsed.get(ParseDocuments.JSON).apply(TextIO.write().to("out/docs").withSuffix(".jsonl"));
 * parsed.get(ParseDocuments.FAILURES)...   // rows of MandateRows.FAILURE: file, kind, message
 * }</pre>
 *
 * <ul>
 *   <li>{@link #JSON}: each parsed file's document as one line of {@code mandate/1} JSON, the line
 *       {@link dev.mandate.json.MandateJson#writeLine} writes for the document, without its line break (Beam's text
 *       sinks add their own).
 *       The document's {@code source} is the file's path as matched ({@code /data/docs/a.txt},
 *       {@code gs://bucket/a.txt}).
 *   <li>{@link #MEASURES}, {@link #RESPONSIBILITIES}, {@link #TARGETS}: the same documents as rows
 *       ({@link MandateRows}), with schemas set, for sinks and transforms that take rows.
 *   <li>{@link #FAILURES}: one row ({@link MandateRows#FAILURE}) for each file from which nothing could be parsed —
 *       too large, unreadable, not text, or an unexpected exception — with its kind and message. A failed file never
 *       fails the pipeline, and gives nothing in the other outputs.
 * </ul>
 *
 * <p>Files are read whole, each by one worker, through Beam's file systems (compressed files are decompressed as
 * {@link FileIO#readMatches()} says) and told apart by content as {@link MandateParser} does: text, HTML, Word and
 * Excel. The options mirror {@link MandateParser.Builder}; a {@link MandateParser} is not serializable, so every
 * worker builds its own from them, once per instance of the parsing function. Settings the builder refuses are
 * refused here, by the {@code with} method, when the pipeline is built. Counters in the namespace of this class:
 * {@code documents} and {@code measures} parsed, {@code failures}.
 *
 * <p>Immutable: every {@code with} method returns a new transform.
 */
public final class ParseDocuments extends PTransform<PCollection<FileIO.ReadableFile>, PCollectionTuple> {

  private static final long serialVersionUID = 1L;

  /** Each parsed file's document as one line of {@code mandate/1} JSON. */
  public static final TupleTag<String> JSON = new TupleTag<>("json");
  /** One row per measure ({@link MandateRows#MEASURE}). */
  public static final TupleTag<Row> MEASURES = new TupleTag<>("measures");
  /** One row per responsible unit of a measure ({@link MandateRows#RESPONSIBILITY}). */
  public static final TupleTag<Row> RESPONSIBILITIES = new TupleTag<>("responsibilities");
  /** One row per target of a measure ({@link MandateRows#TARGET}). */
  public static final TupleTag<Row> TARGETS = new TupleTag<>("targets");
  /** One row per file that could not be parsed ({@link MandateRows#FAILURE}). */
  public static final TupleTag<Row> FAILURES = new TupleTag<>("failures");

  /** The {@code kind} of a failure that is no {@link MandateException}: an exception the parser did not expect. */
  public static final String ERROR = "ERROR";

  private final ParserSettings settings;

  private ParseDocuments(ParserSettings settings) {
    this.settings = settings;
  }

  /** Parses with the parser's defaults: the built-in target extractor, no user extractors, default limits. */
  public static ParseDocuments create() {
    return new ParseDocuments(new ParserSettings());
  }

  /** As {@link MandateParser.Builder#maxInput}: the largest file in bytes, refused as TOO_LARGE beyond. */
  public ParseDocuments withMaxInput(int max) {
    return new ParseDocuments(settings.maxInput(max));
  }

  /** As {@link MandateParser.Builder#maxExpanded}. */
  public ParseDocuments withMaxExpanded(long max) {
    return new ParseDocuments(settings.maxExpanded(max));
  }

  /** As {@link MandateParser.Builder#maxTableCells}. */
  public ParseDocuments withMaxTableCells(int max) {
    return new ParseDocuments(settings.maxTableCells(max));
  }

  /** As {@link MandateParser.Builder#maxTableText}. */
  public ParseDocuments withMaxTableText(long max) {
    return new ParseDocuments(settings.maxTableText(max));
  }

  /** As {@link MandateParser.Builder#maxLineLength}. */
  public ParseDocuments withMaxLineLength(int max) {
    return new ParseDocuments(settings.maxLineLength(max));
  }

  /** As {@link MandateParser.Builder#maxDiagnostics}. */
  public ParseDocuments withMaxDiagnostics(int max) {
    return new ParseDocuments(settings.maxDiagnostics(max));
  }

  /** As {@link MandateParser.Builder#builtInTargets}. */
  public ParseDocuments withBuiltInTargets(boolean on) {
    return new ParseDocuments(settings.builtInTargets(on));
  }

  /** As {@link MandateParser.Builder#discoverExtractors}: on each worker, from the worker's class path. */
  public ParseDocuments withDiscoverExtractors(boolean on) {
    return new ParseDocuments(settings.discoverExtractors(on));
  }

  /** As {@link MandateParser.Builder#discoverFormats}: on each worker, from the worker's class path. */
  public ParseDocuments withDiscoverFormats(boolean on) {
    return new ParseDocuments(settings.discoverFormats(on));
  }

  /** As {@link MandateParser.Builder#unitOfMeasure}; adds to the units given before. */
  public ParseDocuments withUnitsOfMeasure(String... unitWords) {
    return new ParseDocuments(settings.unitsOfMeasure(unitWords));
  }

  /**
   * As {@link MandateParser.Builder#extractor}, given by class, since an extractor need not be serializable: each
   * worker makes one with the class's public no-argument constructor. Extractors run in the order added, before the
   * built-in one.
   *
   * @throws IllegalArgumentException if the class is not public and concrete with a public no-argument constructor,
   *     or its constructor throws
   */
  public ParseDocuments withExtractor(Class<? extends TargetExtractor> type) {
    return new ParseDocuments(settings.extractor(type));
  }

  @Override
  public PCollectionTuple expand(PCollection<FileIO.ReadableFile> files) {
    PCollectionTuple out = files.apply("Parse", ParDo.of(new ParseFn(settings))
        .withOutputTags(JSON, TupleTagList.of(List.of(MEASURES, RESPONSIBILITIES, TARGETS, FAILURES))));
    out.get(JSON).setCoder(StringUtf8Coder.of());
    out.get(MEASURES).setRowSchema(MandateRows.MEASURE);
    out.get(RESPONSIBILITIES).setRowSchema(MandateRows.RESPONSIBILITY);
    out.get(TARGETS).setRowSchema(MandateRows.TARGET);
    out.get(FAILURES).setRowSchema(MandateRows.FAILURE);
    return out;
  }

  /** Parses one file into every output, or into the failures alone. */
  private static final class ParseFn extends DoFn<FileIO.ReadableFile, String> {

    private static final long serialVersionUID = 1L;

    private final ParserSettings settings;
    private final Counter documents = Metrics.counter(ParseDocuments.class, "documents");
    private final Counter measures = Metrics.counter(ParseDocuments.class, "measures");
    private final Counter failures = Metrics.counter(ParseDocuments.class, "failures");
    // immutable and thread-safe, but not serializable: built on the worker
    private transient MandateParser parser;

    ParseFn(ParserSettings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      parser = settings.build();
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      String source = file.getMetadata().resourceId().toString();
      String json;
      List<Row> measureRows;
      List<Row> responsibilityRows;
      List<Row> targetRows;
      try {
        Document doc = parse(file, source);
        // everything made before anything is given out: a document fails whole or not at all
        json = JsonLines.of(doc);
        measureRows = MandateRows.measures(doc);
        responsibilityRows = MandateRows.responsibilities(doc);
        targetRows = MandateRows.targets(doc);
      } catch (MandateException e) {
        fail(out, source, e.kind().name(), e.getMessage());
        return;
      } catch (IOException e) {
        fail(out, source, MandateException.Kind.UNREADABLE.name(), source + ": cannot be read: " + e);
        return;
      } catch (RuntimeException e) {
        // a fault of the parser's; the file goes aside with it so that the run goes on and the fault can be replayed
        fail(out, source, ERROR, source + ": " + e);
        return;
      }
      out.get(JSON).output(json);
      OutputReceiver<Row> m = out.get(MEASURES);
      measureRows.forEach(m::output);
      OutputReceiver<Row> r = out.get(RESPONSIBILITIES);
      responsibilityRows.forEach(r::output);
      OutputReceiver<Row> t = out.get(TARGETS);
      targetRows.forEach(t::output);
      documents.inc();
      measures.inc(measureRows.size());
    }

    private Document parse(FileIO.ReadableFile file, String source) throws IOException {
      long size = file.getMetadata().sizeBytes();
      int max = settings.maxInput();
      // refused before reading, as MandateParser.parse(Path) does; a compressed file's size says little, and the
      // parser stops reading its contents at the limit
      if (file.getCompression() == Compression.UNCOMPRESSED && size > max) {
        throw new MandateException(MandateException.Kind.TOO_LARGE, source + ": " + size
            + " bytes is more than the limit of " + max + " (raise it with ParseDocuments.withMaxInput(n))");
      }
      try (InputStream in = Channels.newInputStream(file.open())) {
        return parser.parse(in, source);
      }
    }

    private void fail(MultiOutputReceiver out, String source, String kind, String message) {
      out.get(FAILURES).output(MandateRows.failure(source, kind, message == null ? kind : message));
      failures.inc();
    }
  }
}
