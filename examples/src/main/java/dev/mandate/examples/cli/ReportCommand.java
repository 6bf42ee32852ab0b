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

import dev.mandate.ledger.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mandate report PATH... -o report.html}: one self-contained HTML page about the inputs, through
 * {@link ReportWriter}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = MandateCli.Version.class,
    description = {"Write one self-contained HTML page about task-allocation documents: the documents read, measures "
        + "per section, a responsibility matrix (sortable, filterable by unit), each unit's load, the targets, "
        + "deadlines by month and the diagnostics. Nothing is fetched when it is opened."},
    footer = {"", "Exit codes: 0 written; 1 an input failed (the page lists it) or the file could not be written; "
        + "2 bad usage; 3 written, but some inputs gave no measures."})
final class ReportCommand implements Callable<Integer> {

  @ParentCommand
  private MandateCli cli;

  @Spec
  private CommandSpec spec;

  @Mixin
  private InputOptions in;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The page to write: FILE.html.")
  private Path output;

  @Option(names = "--title", paramLabel = "TEXT", description = "The page's title (default: 任务分工报告).")
  private String title;

  @Override
  public Integer call() throws Exception {
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".html") && !name.endsWith(".htm")) {
      throw new ParameterException(spec.commandLine(), "a report is written as .html, not " + output.getFileName());
    }
    if (title != null && title.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--title must not be blank");
    }
    PrintWriter err = cli.err();
    List<Inputs.Input> inputs = in.inputs();
    if (inputs.isEmpty()) {
      err.println(in.noneFound());
      err.flush();
      return MandateCli.INPUT;
    }
    Corpora read = Corpora.read(cli, inputs, in.jobs, err);
    ReportWriter.Builder report = ReportWriter.builder();
    if (title != null) {
      report.title(title);
    }
    for (Map.Entry<String, String> f : read.failed.entrySet()) {
      report.unread(ReportWriter.Unread.of(f.getKey(), f.getValue()));
    }
    try {
      report.build().write(read.corpus, output);
    } catch (IOException e) {
      err.println("mandate: cannot write " + output + ": " + e.getMessage());
      err.flush();
      return MandateCli.INPUT;
    }
    err.println("mandate: " + output + ": " + read.summary());
    err.flush();
    return read.exitCode();
  }
}
