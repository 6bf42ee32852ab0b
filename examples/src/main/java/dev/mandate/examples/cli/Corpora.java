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

import dev.mandate.model.Corpus;
import dev.mandate.model.Document;
import dev.mandate.parser.MandateException;
import dev.mandate.parser.MandateParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many inputs parsed into one {@link Corpus}, for the commands that write about all of them at once ({@code ledger},
 * {@code report}): parsed on a pool of threads, kept in input order; an input that fails is reported on standard error
 * and left out, and the rest go on.
 */
final class Corpora {

  /** The documents read, in input order, and the inputs that could not be read with why. */
  final Corpus corpus;
  final Map<String, String> failed;
  final int withoutMeasures;

  private Corpora(List<Document> documents, Map<String, String> failed, int withoutMeasures) {
    this.corpus = Corpus.of(documents);
    this.failed = failed;
    this.withoutMeasures = withoutMeasures;
  }

  /** What one input gave: its document, or why it failed. */
  private static final class Read {
    Document document;
    String failure;
  }

  /** Parses every input on {@code jobs} threads; failures are printed to {@code err} as they come. */
  static Corpora read(MandateCli cli, List<Inputs.Input> inputs, int jobs, PrintWriter err) throws Exception {
    MandateParser parser = MandateParser.builder().build();
    List<Document> documents = new ArrayList<>();
    Map<String, String> failed = new LinkedHashMap<>();
    int[] empty = new int[1];
    new Batch<Inputs.Input, Read>(jobs).run(inputs, in -> parse(cli, parser, in), (in, r) -> {
      if (r.failure != null) {
        // messages name their file (as parse prints them); the list of failures names it once
        String prefix = in.name + ": ";
        failed.put(in.name, r.failure.startsWith(prefix) ? r.failure.substring(prefix.length()) : r.failure);
        err.println("mandate: " + r.failure);
        err.flush();
      } else {
        documents.add(r.document);
        if (r.document.measures().isEmpty()) {
          empty[0]++;
          err.println("mandate: " + in.name + ": no measures found");
          err.flush();
        }
      }
      return true;
    });
    return new Corpora(documents, failed, empty[0]);
  }

  private static Read parse(MandateCli cli, MandateParser parser, Inputs.Input in) {
    Read r = new Read();
    try {
      if (in.isStandardInput()) {
        r.document = parser.parse(cli.in(), Inputs.STDIN);
      } else {
        try (InputStream s = Files.newInputStream(in.path)) {
          r.document = parser.parse(s, in.name);
        }
      }
    } catch (MandateException e) {
      r.failure = String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", "; ");
    } catch (NoSuchFileException e) {
      r.failure = in.name + ": no such file";
    } catch (IOException e) {
      r.failure = in.name + ": cannot be read: " + e.getMessage();
    } catch (OutOfMemoryError e) {
      r.failure = in.name + ": not enough memory to parse it (give the JVM more, e.g. JAVA_OPTS=-Xmx2g)";
    } catch (RuntimeException e) {
      r.failure = in.name + ": internal error: " + e;
    }
    return r;
  }

  /** What was written: {@code 59 measures of 1 document}, {@code 154 measures of 11 documents, 1 failed}. */
  String summary() {
    int measures = corpus.measures().size();
    int documents = corpus.documents().size();
    return measures + (measures == 1 ? " measure" : " measures") + " of " + documents
        + (documents == 1 ? " document" : " documents") + (failed.isEmpty() ? "" : ", " + failed.size() + " failed");
  }

  /** The exit code once the output is written: 1 if an input failed, 3 if one had no measures, else 0. */
  int exitCode() {
    return !failed.isEmpty() ? MandateCli.INPUT : withoutMeasures > 0 ? MandateCli.NO_MEASURES : MandateCli.OK;
  }
}
