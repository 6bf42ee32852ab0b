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
package dev.mandate.parser.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder of 3,000 real-text documents of 1–40 KB (about 28 MB), the realistic mix the corpus comparison reads. The
 * project holds some 80 real documents (the founding document, the dev set, the wild corpus: each a government's own
 * published text); each document of the folder is one or more of them, joined, up to a size drawn between 1 and 40
 * KB (on a log scale, skewed to the small ones, as an office's files are: about 28 MB in all; a fixed seed gives the
 * same folder every time). So the folder has the layouts, lengths and mix of real documents.
 */
public final class CorpusFolder {

  /** Documents in the folder. */
  public static final int DOCUMENTS = 3000;

  private CorpusFolder() {}

  /** The folder under {@code dir}, made from the {@code .txt} documents under {@code sources} if it is not there yet. */
  public static Path make(Path dir, List<Path> sources) throws IOException {
    Path done = dir.resolve(".complete");
    if (Files.exists(done)) {
      return dir;
    }
    List<String> texts = new ArrayList<>();
    for (Path s : sources) {
      try (Stream<Path> files = Files.walk(s)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList())) {
          String t = Files.readString(f, StandardCharsets.UTF_8);
          if (t.length() > 200) {
            texts.add(t);
          }
        }
      }
    }
    if (texts.isEmpty()) {
      throw new IOException("no documents under " + sources);
    }
    Files.createDirectories(dir);
    Random r = new Random(2026);
    for (int i = 0; i < DOCUMENTS; i++) {
      int target = (int) Math.round(1024 * Math.pow(40, Math.pow(r.nextDouble(), 1.7)));
      StringBuilder doc = new StringBuilder();
      while (doc.toString().getBytes(StandardCharsets.UTF_8).length < target) {
        doc.append(texts.get(r.nextInt(texts.size()))).append("\n\n");
      }
      Files.writeString(dir.resolve(String.format("doc%04d.txt", i)), doc, StandardCharsets.UTF_8);
    }
    Files.writeString(done, "");
    return dir;
  }

  /** The folder's size in bytes. */
  public static long bytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
