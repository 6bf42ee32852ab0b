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
package dev.mandate.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mandate.json.MandateJson;
import dev.mandate.model.Document;
import dev.mandate.parser.MandateException;
import dev.mandate.parser.MandateParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mandate parse PATH...}: files and folders, parsed on a pool of threads, written in input order. A file that
 * fails is reported on standard error (file, kind, message) and the batch goes on.
 */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = MandateCli.Version.class,
    description = {"Parse task-allocation documents: files, folders (walked recursively) or - for standard input.",
        "Prints a summary of each document (the default), its mandate/1 JSON (one input), or JSON Lines."},
    footer = {"", "Exit codes: 0 every input parsed with measures; 1 an input failed (unreadable, not a document, too "
        + "large, not enough memory) or the output could not be written; 2 bad usage; 3 every input was read but "
        + "some gave no measures."})
final class ParseCommand implements Callable<Integer> {

  /** What is written for each document. */
  enum Format { summary, json, jsonl }

  /** When a progress bar is drawn on standard error. */
  enum Progress { auto, always, never }

  @ParentCommand
  private MandateCli cli;

  @Spec
  private CommandSpec spec;

  @Mixin
  private InputOptions in;

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "summary (default), json (one input, or with --out) or jsonl (one mandate/1 document a line).")
  private Format format = Format.summary;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write one FILE.json per input into DIR, mirroring the folders given, instead of standard output.")
  private Path out;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Also write the failures as JSON Lines (file, kind, message) to FILE.")
  private Path errors;

  @Option(names = "--progress", paramLabel = "WHEN",
      description = "auto (a bar on standard error when it is a terminal and there are several inputs), always, never.")
  private Progress progress = Progress.auto;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Charset of the output (default: the console's for summaries and messages, UTF-8 for JSON).")
  private Charset encoding;

  @Option(names = "--debug", description = "Print a stack trace with a failure.")
  private boolean debug;

  /** Reads a format in any case ({@code JSON}). */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not one of summary, json, jsonl");
      }
    }
  }

  /** What became of one input: its output, or why it failed, and whether it gave measures. */
  private static final class Outcome {
    byte[] output;
    String kind;
    String message;
    Throwable cause;
    boolean noMeasures;

    boolean failed() {
      return kind != null;
    }
  }

  @Override
  public Integer call() throws Exception {
    List<Inputs.Input> inputs = in.inputs();
    PrintWriter err = cli.err();
    if (inputs.isEmpty()) {
      err.println(in.noneFound());
      err.flush();
      return MandateCli.INPUT;
    }
    boolean several = inputs.size() > 1 || in.paths.stream().anyMatch(p -> Files.isDirectory(Path.of(p)));
    if (format == Format.json && several && out == null) {
      throw new ParameterException(spec.commandLine(),
          "--format json writes one document; for several use --format jsonl or --out DIR");
    }
    if (inputs.stream().filter(Inputs.Input::isStandardInput).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input (-) can be read once");
    }
    MandateParser parser = MandateParser.builder().build();
    Charset textCharset = encoding != null ? encoding : cli.consoleCharset();
    Charset jsonCharset = encoding != null ? encoding : StandardCharsets.UTF_8;
    OutputStream stdout = cli.out();
    List<String[]> failures = new ArrayList<>();
    int[] counts = new int[3]; // parsed, failed, without measures
    boolean bar = several && (progress == Progress.always
        || progress == Progress.auto && Terminal.stderrIsTerminal());
    try (ProgressBar pb = bar ? new ProgressBarBuilder().setTaskName("parse").setInitialMax(inputs.size())
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(cli.errStream()))
        .setUpdateIntervalMillis(200).build() : null) {
      boolean written = new Batch<Inputs.Input, Outcome>(in.jobs).run(inputs,
          in -> parse(parser, in, textCharset, jsonCharset),
          (in, o) -> {
            if (pb != null) {
              pb.step();
            }
            if (o.failed()) {
              counts[1]++;
              failures.add(new String[] {in.name, o.kind, o.message});
              err.println("mandate: " + o.message);
              if (debug && o.cause != null) {
                o.cause.printStackTrace(err);
              }
              err.flush();
              return true;
            }
            counts[0]++;
            if (o.noMeasures) {
              counts[2]++;
              err.println("mandate: " + in.name + ": no measures found");
              err.flush();
            }
            if (o.output != null) {
              try {
                stdout.write(o.output);
                stdout.flush();
              } catch (IOException e) {
                err.println("mandate: cannot write the output: " + e.getMessage());
                err.flush();
                return false;
              }
              if (cli.outputFailed()) {
                err.println("mandate: cannot write the output (standard output refused it)");
                err.flush();
                return false;
              }
            }
            return true;
          });
      if (!written) {
        return MandateCli.INPUT;
      }
    }
    if (errors != null && !writeErrors(failures, err)) {
      return MandateCli.INPUT;
    }
    if (several) {
      err.println("mandate: " + counts[0] + " parsed, " + counts[1] + " failed"
          + (counts[2] > 0 ? ", " + counts[2] + " with no measures" : ""));
      err.flush();
    }
    return counts[1] > 0 ? MandateCli.INPUT : counts[2] > 0 ? MandateCli.NO_MEASURES : MandateCli.OK;
  }

  /** Parses one input and renders what is written for it; never throws for a bad input. */
  private Outcome parse(MandateParser parser, Inputs.Input in, Charset textCharset, Charset jsonCharset) {
    Outcome o = new Outcome();
    try {
      Document doc;
      if (in.isStandardInput()) {
        doc = parser.parse(cli.in(), Inputs.STDIN);
      } else {
        try (InputStream s = Files.newInputStream(in.path)) {
          doc = parser.parse(s, in.name);
        }
      }
      o.noMeasures = doc.measures().isEmpty();
      o.output = render(doc, in, textCharset, jsonCharset);
    } catch (MandateException e) {
      fail(o, e.kind().name(), oneLine(e.getMessage()), e);
    } catch (NoSuchFileException e) {
      fail(o, MandateException.Kind.UNREADABLE.name(), in.name + ": no such file", e);
    } catch (IOException e) {
      fail(o, MandateException.Kind.UNREADABLE.name(), in.name + ": cannot be read: " + oneLine(e.getMessage()), e);
    } catch (OutOfMemoryError e) {
      // what the parse built is unreachable once the error has unwound to here, so there is room to say so
      fail(o, "OUT_OF_MEMORY", in.name + ": not enough memory to parse it (the heap may grow to "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; give it more, e.g. JAVA_OPTS=-Xmx2g, or java "
          + "-Xmx2g -jar mandate.jar)", e);
    } catch (RuntimeException e) {
      fail(o, "INTERNAL_ERROR", in.name + ": internal error: " + e, e);
    }
    return o;
  }

  private static void fail(Outcome o, String kind, String message, Throwable cause) {
    o.kind = kind;
    o.message = message;
    o.cause = cause;
  }

  private static String oneLine(String message) {
    return String.valueOf(message).replaceAll("\\s*\\R\\s*", "; ");
  }

  /** What is written for a document: to standard output (returned) or to its file under --out (null returned). */
  private byte[] render(Document doc, Inputs.Input in, Charset textCharset, Charset jsonCharset) throws IOException {
    if (out != null) {
      Path file = out.resolve(in.relative.toString() + ".json");
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (OutputStream o = Files.newOutputStream(file)) {
        MandateJson.write(doc, o);
      }
      return null;
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    switch (format) {
      case json:
      case jsonl:
        if (format == Format.json) {
          MandateJson.write(doc, b);
        } else {
          MandateJson.writeLine(doc, b);
        }
        return jsonCharset.equals(StandardCharsets.UTF_8) ? b.toByteArray()
            : b.toString(StandardCharsets.UTF_8).getBytes(jsonCharset);
      default:
        PrintWriter w = new PrintWriter(new OutputStreamWriter(b, textCharset));
        Summary.print(doc, in.name, w);
        return b.toByteArray();
    }
  }

  private boolean writeErrors(List<String[]> failures, PrintWriter err) {
    try {
      StringWriter sw = new StringWriter();
      JsonFactory f = new JsonFactory();
      for (String[] x : failures) {
        try (JsonGenerator g = f.createGenerator(sw)) {
          g.writeStartObject();
          g.writeStringField("file", x[0]);
          g.writeStringField("kind", x[1]);
          g.writeStringField("message", x[2]);
          g.writeEndObject();
        }
        sw.write('\n');
      }
      Files.writeString(errors, sw.toString(), StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      err.println("mandate: cannot write " + errors + ": " + e.getMessage());
      err.flush();
      return false;
    }
  }
}
