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
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mandate [parse FILE [--format json|summary]]}. With no arguments, parses the bundled founding document and
 * prints a summary. Exit codes: 0 success, 1 unreadable input or nothing usable in it, 2 bad usage. Messages go to
 * standard error as one line naming the file; a stack trace only with {@code --debug}.
 */
@Command(name = "mandate", mixinStandardHelpOptions = true, version = "mandate 0.1.0",
    description = "Reads Chinese government task-allocation documents into measures, responsible units and targets.%n"
        + "With no command, parses the bundled founding document (Linyi 2021 livelihood measures) and prints a summary.",
    subcommands = {MandateCli.Parse.class})
public final class MandateCli implements Callable<Integer> {

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for unreadable input, or input with nothing usable in it. */
  public static final int INPUT = 1;
  /** Exit code for bad usage. */
  public static final int USAGE = 2;

  static final String SEED = "linyi-2021-livelihood.txt";

  @Override
  public Integer call() throws IOException {
    MandateParser parser = MandateParser.builder().build();
    try (InputStream in = MandateCli.class.getResourceAsStream("/dev/mandate/examples/" + SEED)) {
      if (in == null) {
        System.err.println("mandate: the bundled founding document is missing from the jar");
        return INPUT;
      }
      Document doc = parser.parse(in, SEED);
      summary(doc, out());
      return OK;
    }
  }

  /** {@code mandate parse FILE}. */
  @Command(name = "parse", mixinStandardHelpOptions = true,
      description = "Parse FILE (or - for standard input) and print a summary or mandate/1 JSON.")
  static final class Parse implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the document to parse; - reads standard input")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "summary",
        description = "json or summary (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--debug", description = "print a stack trace on failure")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      MandateParser parser = MandateParser.builder().build();
      PrintWriter err = spec.commandLine().getErr();
      Document doc;
      try {
        doc = "-".equals(file) ? parser.parse(System.in, null) : parser.parse(Path.of(file));
      } catch (MandateException e) {
        err.println("mandate: " + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", "; "));
        if (debug) {
          e.printStackTrace(err);
        }
        return INPUT;
      } catch (RuntimeException e) {
        err.println("mandate: " + file + ": internal error: " + e);
        if (debug) {
          e.printStackTrace(err);
        }
        return INPUT;
      }
      if (format == Format.json) {
        OutputStream out = new BufferedOutputStream(System.out);
        MandateJson.write(doc, out);
        out.flush();
      } else {
        summary(doc, out());
      }
      if (doc.measures().isEmpty()) {
        err.println("mandate: " + ("-".equals(file) ? "<stdin>" : file) + ": no measures found");
        return INPUT;
      }
      return OK;
    }
  }

  /** Output formats. */
  enum Format { json, summary }

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

  /** Runs the tool and returns its exit code (for tests). */
  public static int run(PrintStream err, String... args) {
    CommandLine cl = new CommandLine(new MandateCli());
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("mandate: " + ex.getMessage());
      ex.getCommandLine().getErr().println("usage: mandate [parse FILE [--format json|summary]] (mandate --help)");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, p) -> {
      c.getErr().println("mandate: " + ex);
      return INPUT;
    });
    return cl.execute(args);
  }

  public static void main(String[] args) {
    System.exit(run(System.err, args));
  }
}
