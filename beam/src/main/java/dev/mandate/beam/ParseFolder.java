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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mandate.parser.MandateParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Parses every file under a folder or matched by a glob, on the runner given by {@code --runner} (the DirectRunner by default), into
 * {@code mandate/1} JSON lines, and writes the files that failed, with why, to files of their own:
 *
 * <pre>
 * mvn -B -q install -DskipTests     # once
 * mvn -B -q -pl beam exec:java -Dexec.args="--input=seeds/*.txt --output=target/beam/docs"
 * </pre>
 *
 * <p>writes {@code target/beam/docs-SSSSS-of-NNNNN.jsonl} (one document a line, its {@code source} the file's path)
 * and {@code target/beam/docs-failures-SSSSS-of-NNNNN.jsonl} (one {@code {"file", "kind", "message"}} object a line),
 * then prints how many documents were parsed and how many failed. A file that fails is data, not an error: the exit
 * status is 0 once the pipeline has finished, 1 if it did not, 2 for options it cannot use.
 * {@code --help=dev.mandate.beam.ParseFolder$Options} lists the options ({@link Options}), {@code --help} Beam's own.
 */
public final class ParseFolder {

  /** The options of {@link ParseFolder}, beside those of {@link PipelineOptions} and the runner's. */
  public interface Options extends PipelineOptions {
    @Description("The files to parse: a folder (every file under it), a path or a glob (seeds/*.txt, /data/docs/**, "
        + "gs://bucket/docs/*.html); a glob that matches nothing gives empty outputs")
    @Validation.Required
    String getInput();

    void setInput(String value);

    @Description("The prefix of the files the documents are written to, one mandate/1 JSON document a line: "
        + "OUTPUT-SSSSS-of-NNNNN.jsonl")
    @Validation.Required
    String getOutput();

    void setOutput(String value);

    @Description("The prefix of the files the failures are written to, one {\"file\", \"kind\", \"message\"} a line: "
        + "FAILURES-SSSSS-of-NNNNN.jsonl; by default OUTPUT-failures")
    String getFailures();

    void setFailures(String value);

    @Description("How many files each output is written as; 0 lets the runner choose")
    @Default.Integer(0)
    int getShards();

    void setShards(int value);

    @Description("The largest file parsed, in bytes; a larger one fails as TOO_LARGE")
    @Default.Integer(MandateParser.DEFAULT_MAX_INPUT)
    int getMaxInput();

    void setMaxInput(int value);
  }

  private static final JsonFactory JSON = new JsonFactory();

  private ParseFolder() {}

  /**
   * Runs the pipeline to its end and prints a summary line; exits with status 1 if the pipeline did not finish, 2 if
   * the options cannot be used, and returns normally otherwise.
   */
  public static void main(String[] args) {
    int status = execute(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** What {@link #main} does, short of ending the JVM: the exit status. */
  static int execute(String[] args, PrintStream out, PrintStream err) {
    PipelineOptionsFactory.register(Options.class);
    Options options;
    try {
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    } catch (IllegalArgumentException e) {
      err.println("mandate-beam: " + e.getMessage().strip()
          + " (--help=dev.mandate.beam.ParseFolder$Options lists the options)");
      return 2;
    }
    PipelineResult result = run(options);
    out.println(summary(result, options));
    if (result.getState() != PipelineResult.State.DONE) {
      err.println("mandate-beam: the pipeline ended " + result.getState());
      return 1;
    }
    return 0;
  }

  /** Builds the pipeline, runs it and waits for its end. */
  public static PipelineResult run(Options options) {
    Pipeline pipeline = Pipeline.create(options);
    PCollectionTuple parsed = pipeline
        .apply("Match", FileIO.match().filepattern(filepattern(options.getInput())))
        .apply("Read", FileIO.readMatches())
        .apply("Parse", ParseDocuments.create().withMaxInput(options.getMaxInput()));
    parsed.get(ParseDocuments.JSON).apply("WriteDocuments", write(options.getOutput(), options.getShards()));
    parsed.get(ParseDocuments.FAILURES)
        .apply("FailureJson", MapElements.into(TypeDescriptors.strings()).via((Row row) -> failureJson(row)))
        .apply("WriteFailures", write(failures(options), options.getShards()));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    return result;
  }

  /**
   * The glob for {@code input}: a folder (a local one, or any path ending in {@code /}) stands for every file under
   * it, at any depth, as {@code mandate parse FOLDER} reads it; anything else is Beam's glob as given.
   */
  static String filepattern(String input) {
    if (input.endsWith("/")) {
      return input + "**";
    }
    try {
      if (!input.contains("*") && !input.contains("?") && Files.isDirectory(Path.of(input))) {
        return input + "/**";
      }
    } catch (InvalidPathException e) {
      // no local path: a URI of another file system, which Beam matches as it is
    }
    return input;
  }

  private static String failures(Options options) {
    return options.getFailures() != null ? options.getFailures() : options.getOutput() + "-failures";
  }

  private static TextIO.Write write(String prefix, int shards) {
    TextIO.Write write = TextIO.write().to(prefix).withSuffix(".jsonl");
    return shards > 0 ? write.withNumShards(shards) : write;
  }

  /** A failure row as one line of JSON: {@code {"file":…,"kind":…,"message":…}}. */
  static String failureJson(Row row) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("file", row.getString("file"));
      g.writeStringField("kind", row.getString("kind"));
      g.writeStringField("message", row.getString("message"));
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  private static String count(Map<String, Long> counts, String counter, String noun) {
    long n = counts.getOrDefault(counter, 0L);
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** What the run gave, from the transform's counters where the runner reports them. */
  static String summary(PipelineResult result, Options options) {
    String where = "documents in " + options.getOutput() + "-*.jsonl, failures in " + failures(options) + "-*.jsonl";
    Map<String, Long> counts = new HashMap<>();
    try {
      for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
          .addNameFilter(MetricNameFilter.inNamespace(ParseDocuments.class)).build()).getCounters()) {
        counts.merge(c.getName().getName(), c.getAttempted(), Long::sum);
      }
    } catch (UnsupportedOperationException e) {
      return "mandate-beam: " + result.getState() + "; " + where;
    }
    return "mandate-beam: " + count(counts, "documents", "document") + " parsed ("
        + count(counts, "measures", "measure") + "), " + counts.getOrDefault("failures", 0L) + " failed; " + where;
  }
}
