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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs every command reads, as picocli mixes them into each: the paths (files, folders, {@code -}), the globs a
 * folder's files must match, and how many are parsed at once. One definition, so that {@code parse}, {@code ledger}
 * and {@code report} take their inputs alike.
 */
final class InputOptions {

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files, folders (their files, recursively, in name order) or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Only the files in folders whose path below the folder, or name, matches (e.g. '*.docx'); "
          + "repeatable.")
  List<String> includes = new ArrayList<>();

  @Option(names = "--jobs", paramLabel = "N",
      description = "Parse N inputs at once (default: the available processors, ${DEFAULT-VALUE}).")
  int jobs = Batch.defaultJobs();

  /** The inputs the paths name, in order. */
  List<Inputs.Input> inputs() throws IOException {
    return Inputs.of(paths, includes);
  }

  /** What to say when the paths name no file. */
  String noneFound() {
    return "mandate: no files found in " + String.join(", ", paths)
        + (includes.isEmpty() ? "" : " matching " + String.join(", ", includes));
  }
}
