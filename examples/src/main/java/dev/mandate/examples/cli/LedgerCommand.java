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

import dev.mandate.ledger.LedgerWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mandate ledger PATH... -o FILE.xlsx|FILE.csv}: the ledger (台账) of every measure of the inputs, one row a
 * measure, through {@link LedgerWriter}.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true, versionProvider = MandateCli.Version.class,
    description = {"Write the ledger (台账) of task-allocation documents: one row per measure with 序号, 来源文件, 章节, "
        + "工作任务, 牵头单位, 配合单位, 量化目标, 完成时限.",
        "FILE.xlsx adds a sheet of targets and a sheet of units (measures led and supported, one name per agency); "
        + "FILE.csv is UTF-8 with a byte-order mark, as Excel reads it."},
    footer = {"", "Exit codes: 0 written; 1 an input failed (the ledger has the others) or the file could not be "
        + "written; 2 bad usage; 3 written, but some inputs gave no measures."})
final class LedgerCommand implements Callable<Integer> {

  @ParentCommand
  private MandateCli cli;

  @Spec
  private CommandSpec spec;

  @Mixin
  private InputOptions in;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
      description = "The ledger to write: FILE.xlsx or FILE.csv.")
  private Path output;

  @Override
  public Integer call() throws Exception {
    try {
      LedgerWriter.Format.of(output);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = cli.err();
    List<Inputs.Input> inputs = in.inputs();
    if (inputs.isEmpty()) {
      err.println(in.noneFound());
      err.flush();
      return MandateCli.INPUT;
    }
    Corpora read = Corpora.read(cli, inputs, in.jobs, err);
    try {
      LedgerWriter.write(read.corpus, output);
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
