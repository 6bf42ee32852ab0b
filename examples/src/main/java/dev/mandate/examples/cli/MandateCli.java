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

import dev.mandate.model.Document;
import dev.mandate.parser.MandateParser;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code mandate} command. With no command it parses the bundled founding document and prints a summary;
 * {@code mandate parse PATH...} parses files and folders ({@link ParseCommand}); {@code mandate ledger PATH... -o FILE}
 * writes their ledger as XLSX or CSV ({@link LedgerCommand}); {@code mandate report PATH... -o FILE.html} a
 * self-contained HTML report ({@link ReportCommand}); {@code mandate generate-completion}
 * prints a bash/zsh completion script. Exit codes: 0 success, 1 an input failed or the output could not be written,
 * 2 bad usage, 3 inputs read but some gave no measures.
 */
@Command(name = "mandate", mixinStandardHelpOptions = true, versionProvider = MandateCli.Version.class,
    description = {"Reads Chinese government task-allocation documents (任务分工方案, 责任分解表, 民生实事) into measures, "
        + "responsible units and targets.",
        "With no command, parses the bundled founding document (Linyi 2021 livelihood measures) and prints a summary."},
    subcommands = {ParseCommand.class, LedgerCommand.class, ReportCommand.class, AutoComplete.GenerateCompletion.class},
    footer = {"", "Exit codes: 0 success; 1 an input failed or the output could not be written; 2 bad usage; "
        + "3 every input was read but some gave no measures.",
        "JVM options: JAVA_OPTS and MANDATE_OPTS (bin/mandate), e.g. MANDATE_OPTS=-Xmx2g."})
public final class MandateCli implements Callable<Integer> {

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for an input that failed, or output that could not be written. */
  public static final int INPUT = 1;
  /** Exit code for bad usage. */
  public static final int USAGE = 2;
  /** Exit code for inputs that were read but gave no measures (and none failed). */
  public static final int NO_MEASURES = 3;

  static final String SEED = "linyi-2021-livelihood.txt";

  private InputStream in;
  private OutputStream out;
  private PrintStream errStream;
  private PrintWriter err;

  /** The version the build wrote into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {version()};
    }
  }

  /** {@code mandate VERSION}, the version the build wrote into {@code version.properties}, or "unknown". */
  static String version() {
    try (InputStream v = MandateCli.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (v != null) {
        p.load(v);
      }
      return "mandate " + p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "mandate unknown";
    }
  }

  InputStream in() {
    return in;
  }

  OutputStream out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  PrintStream errStream() {
    return errStream;
  }

  /** Whether standard output refused what was written (a PrintStream keeps its errors to itself). */
  boolean outputFailed() {
    return out instanceof PrintStream && ((PrintStream) out).checkError();
  }

  /** The charset people read in: the console's where there is one, else UTF-8. */
  Charset consoleCharset() {
    return System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
  }

  @Override
  public Integer call() throws IOException {
    MandateParser parser = MandateParser.builder().build();
    try (InputStream seed = MandateCli.class.getResourceAsStream("/dev/mandate/examples/" + SEED)) {
      if (seed == null) {
        err.println("mandate: the bundled founding document is missing from the jar");
        err.flush();
        return INPUT;
      }
      Document doc = parser.parse(seed, SEED);
      PrintWriter w = new PrintWriter(new OutputStreamWriter(out, consoleCharset()));
      Summary.print(doc, SEED, w);
      if (w.checkError()) {
        err.println("mandate: cannot write the output");
        err.flush();
        return INPUT;
      }
      return OK;
    }
  }

  /**
   * Runs the tool on these streams and returns its exit code: what {@link #main} does, for tests and for programs
   * that embed the tool. Nothing is closed.
   */
  public static int run(InputStream in, OutputStream out, PrintStream err, String... args) {
    MandateCli cli = new MandateCli();
    cli.in = in;
    cli.out = out;
    cli.errStream = err;
    cli.err = new PrintWriter(new OutputStreamWriter(err, cli.consoleCharset()), true);
    CommandLine cmd = new CommandLine(cli);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(new PrintWriter(new OutputStreamWriter(out, cli.consoleCharset()), true));
    cmd.setErr(cli.err);
    cmd.setParameterExceptionHandler((e, args1) -> {
      PrintWriter w = e.getCommandLine().getErr();
      w.println("mandate: " + e.getMessage());
      w.println("usage: " + e.getCommandLine().getCommandSpec().qualifiedName()
          + " ... (" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
      w.flush();
      return USAGE;
    });
    cmd.setExecutionExceptionHandler((e, c, parsed) -> {
      PrintWriter w = c.getErr();
      w.println("mandate: internal error: " + e);
      w.flush();
      return INPUT;
    });
    return cmd.execute(args);
  }

  /** Runs the tool and exits with its code; standard output is written unbuffered by the JVM's print stream. */
  public static void main(String[] args) {
    // the file descriptor itself, not System.out: a PrintStream swallows write errors, and a full disk must fail
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    System.exit(run(System.in, stdout, System.err, args));
  }
}
