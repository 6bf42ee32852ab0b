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

import dev.mandate.json.MandateJson;
import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.UnitSummary;
import dev.mandate.model.Unit;
import dev.mandate.parser.MandateException;
import dev.mandate.parser.MandateParser;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * {@code mandate [parse FILE [--format json|summary] [--debug]]}. With no arguments, parses the bundled founding
 * document and prints a summary. Exit codes: 0 success, 1 unreadable input or nothing usable in it, 2 bad usage.
 * Messages go to standard error as one line naming the file; a stack trace only with {@code --debug}.
 *
 * <p>The arguments are read by hand: two commands and three options do not need a framework, and a command-line
 * framework's reflection took longer to start than parsing a small document (the tool runs once per file in batch
 * jobs).
 */
public final class MandateCli {

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for unreadable input, or input with nothing usable in it. */
  public static final int INPUT = 1;
  /** Exit code for bad usage. */
  public static final int USAGE = 2;

  static final String SEED = "linyi-2021-livelihood.txt";

  /** {@code mandate VERSION}, the version the build wrote into {@code version.properties}, or "unknown". */
  static String version() {
    try (InputStream in = MandateCli.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return "mandate " + p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "mandate unknown";
    }
  }

  private static final String USAGE_LINE = "usage: mandate [parse FILE [--format json|summary]] (mandate --help)";
  private static final String HELP = String.join("\n",
      "Usage: mandate [-hV] [COMMAND]",
      "Reads Chinese government task-allocation documents into measures, responsible units and targets.",
      "With no command, parses the bundled founding document (Linyi 2021 livelihood measures) and prints a summary.",
      "  -h, --help      print this help and exit",
      "  -V, --version   print the version and exit",
      "Commands:",
      "  parse FILE [--format json|summary] [--debug]",
      "                  parse FILE (- reads standard input) and print a summary (the default) or mandate/1 JSON;",
      "                  --debug prints a stack trace on failure",
      "Exit codes: 0 success, 1 unreadable input, no measures in it, or not enough memory to parse it, 2 bad usage.",
      "A file of 256 KB or more is parsed in a second JVM started for one short parse (quick compiler alone, huge",
      "pages, serial collector; your -D, -X heap and -XX options are passed on); java -Dmandate.cli.relaunch=false",
      "-jar mandate.jar keeps it in the first.",
      "");

  private MandateCli() {}

  /** Output formats. */
  enum Format { json, summary }

  /** A usage error: exit 2 with its message and the usage line. */
  private static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** What {@code parse} was asked to do. */
  static final class ParseCommand {
    String file;
    Format format = Format.summary;
    boolean debug;
    boolean help;
  }

  /** Runs the tool and returns its exit code (for tests). */
  public static int run(PrintStream errStream, String... args) {
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(errStream, StandardCharsets.UTF_8), true);
    try {
      if (args.length == 0) {
        return summariseSeed(err);
      }
      String first = args[0];
      if (first.equals("-h") || first.equals("--help")) {
        return help();
      }
      if (first.equals("-V") || first.equals("--version")) {
        PrintWriter out = out();
        out.println(version());
        out.flush();
        return OK;
      }
      if (!first.equals("parse")) {
        throw new UsageException(first.startsWith("-") ? "unknown option '" + first + "'"
            : "unknown command '" + first + "'");
      }
      ParseCommand c = parseArguments(args);
      if (c.help) {
        return help();
      }
      return parse(c, err);
    } catch (UsageException e) {
      err.println("mandate: " + e.getMessage());
      err.println(USAGE_LINE);
      return USAGE;
    } catch (IOException | RuntimeException e) {
      err.println("mandate: " + e);
      return INPUT;
    }
  }

  private static int help() {
    PrintWriter out = out();
    out.print(HELP);
    out.flush();
    return OK;
  }

  /**
   * Runs the tool and exits with its code. A large input is parsed in a second JVM started with options that suit one
   * short parse ({@link TunedJvm}); this one then waits for it and exits with its code.
   */
  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    OptionalInt second = TunedJvm.run(args, err);
    System.exit(second.isPresent() ? second.getAsInt() : run(System.err, args));
  }

  /** What {@code mandate args} asks to parse, or empty if it is another command or bad usage. */
  static Optional<ParseCommand> parseCommand(String[] args) {
    if (args.length == 0 || !args[0].equals("parse")) {
      return Optional.empty();
    }
    try {
      ParseCommand c = parseArguments(args);
      return c.help ? Optional.empty() : Optional.of(c);
    } catch (UsageException e) {
      return Optional.empty();
    }
  }

  private static ParseCommand parseArguments(String[] args) throws UsageException {
    ParseCommand c = new ParseCommand();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        c.help = true;
      } else if (a.equals("--debug")) {
        c.debug = true;
      } else if (a.equals("--format") || a.startsWith("--format=")) {
        String v;
        if (a.equals("--format")) {
          if (i + 1 >= args.length) {
            throw new UsageException("--format needs a value: json or summary");
          }
          v = args[++i];
        } else {
          v = a.substring("--format=".length());
        }
        c.format = format(v);
      } else if (a.startsWith("-") && !a.equals("-")) {
        throw new UsageException("unknown option '" + a + "'");
      } else if (c.file == null) {
        c.file = a;
      } else {
        throw new UsageException("unexpected argument '" + a + "': parse takes one FILE");
      }
    }
    if (c.file == null && !c.help) {
      throw new UsageException("missing FILE (a path, or - for standard input)");
    }
    return c;
  }

  private static Format format(String v) throws UsageException {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "json":
        return Format.json;
      case "summary":
        return Format.summary;
      default:
        throw new UsageException("--format '" + v + "' is not one of json, summary");
    }
  }

  private static int summariseSeed(PrintWriter err) throws IOException {
    MandateParser parser = MandateParser.builder().build();
    try (InputStream in = MandateCli.class.getResourceAsStream("/dev/mandate/examples/" + SEED)) {
      if (in == null) {
        err.println("mandate: the bundled founding document is missing from the jar");
        return INPUT;
      }
      Document doc = parser.parse(in, SEED);
      summary(doc, out());
      return OK;
    }
  }

  /** {@code mandate parse FILE}. */
  private static int parse(ParseCommand c, PrintWriter err) throws IOException {
    try {
      return parseAndPrint(c, err);
    } catch (OutOfMemoryError e) {
      // what the parse built is unreachable once the error has unwound to here, so there is room to say so
      err.println("mandate: " + name(c) + ": not enough memory to parse it (the heap may grow to "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; give it more, e.g. java -Xmx2g -jar mandate.jar)");
      if (c.debug) {
        e.printStackTrace(err);
      }
      return INPUT;
    }
  }

  private static String name(ParseCommand c) {
    return "-".equals(c.file) ? "<stdin>" : c.file;
  }

  private static int parseAndPrint(ParseCommand c, PrintWriter err) throws IOException {
    if (!"-".equals(c.file)) {
      QuickCompilation.requestFor(sizeOf(c.file));
    }
    MandateParser parser = MandateParser.builder().build();
    Document doc;
    try {
      doc = "-".equals(c.file) ? parser.parse(System.in, null) : parser.parse(Path.of(c.file));
    } catch (MandateException e) {
      err.println("mandate: " + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", "; "));
      if (c.debug) {
        e.printStackTrace(err);
      }
      return INPUT;
    } catch (RuntimeException e) {
      err.println("mandate: " + c.file + ": internal error: " + e);
      if (c.debug) {
        e.printStackTrace(err);
      }
      return INPUT;
    }
    if (c.format == Format.json) {
      OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
      MandateJson.write(doc, out);
      out.flush();
    } else {
      summary(doc, out());
    }
    if (doc.measures().isEmpty()) {
      err.println("mandate: " + name(c) + ": no measures found");
      return INPUT;
    }
    return OK;
  }

  /** The file's size, or 0 if it is not a regular file that can be read (the parse then says why). */
  static long sizeOf(String file) {
    try {
      Path p = Path.of(file);
      return java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.size(p) : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static PrintWriter out() {
    return new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
  }

  /** A readable summary: counts, the units that lead most, the first measures with their lead. */
  static void summary(Document doc, PrintWriter w) {
    List<UnitSummary> units = doc.units();
    int targets = doc.measures().stream().mapToInt(m -> m.targets().size()).sum();
    w.printf("%s: %d measures, %d units, %d targets%n", doc.source().orElse("<input>"), doc.measures().size(),
        units.size(), targets);
    doc.title().ifPresent(t -> w.println("title: " + t));
    for (String n : doc.notes()) {
      w.println("note: " + n);
    }
    w.println();
    w.println("Units that lead most:");
    units.stream()
        .filter(u -> u.leads() > 0)
        .sorted(Comparator.comparingInt(UnitSummary::leads).reversed().thenComparing(UnitSummary::name))
        .limit(5)
        .forEach(u -> w.printf("  %-16s leads %2d, supports %2d%n", u.name(), u.leads(), u.supports()));
    w.println();
    w.println("First measures:");
    for (Measure m : doc.measures().subList(0, Math.min(5, doc.measures().size()))) {
      String text = m.text().length() > 40 ? m.text().substring(0, 40) + "…" : m.text();
      String lead = m.leads().stream().map(Unit::name).collect(Collectors.joining("、"));
      String t = m.targets().stream().map(x -> x.text()).collect(Collectors.joining(", "));
      w.printf("  %2d. %s%n      lead: %s%s%s%n", m.id(), text, lead.isEmpty() ? "(none)" : lead,
          t.isEmpty() ? "" : "; targets: " + t, m.deadline().map(d -> "; deadline: " + d).orElse(""));
    }
    if (!doc.diagnostics().isEmpty()) {
      w.println();
      w.println(doc.diagnostics().size() + " diagnostic(s):");
      for (Diagnostic d : doc.diagnostics().subList(0, Math.min(5, doc.diagnostics().size()))) {
        w.println("  " + d);
      }
    }
    w.flush();
  }
}
