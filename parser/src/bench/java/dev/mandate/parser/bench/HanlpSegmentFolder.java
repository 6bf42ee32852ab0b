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

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The baseline for the corpus comparison: HanLP over every file of a folder in one process, as a user would find
 * numbers with it — {@code StandardTokenizer} with number-and-quantifier recognition, line by line, and the numeral
 * terms of each file written out ({@code FILE<TAB>term term …}).
 */
public final class HanlpSegmentFolder {
  private HanlpSegmentFolder() {}

  public static void main(String[] args) throws IOException {
    Segment segment = StandardTokenizer.SEGMENT.enableNumberQuantifierRecognize(true);
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    long numerals = 0;
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (Path f : files) {
        StringBuilder line = new StringBuilder(f.getFileName().toString()).append('\t');
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          String l;
          while ((l = r.readLine()) != null) {
            for (Term t : segment.seg(l)) {
              if (t.nature == Nature.m || t.nature == Nature.mq) {
                line.append(t.word).append(' ');
                numerals++;
              }
            }
          }
        }
        out.write(line.append('\n').toString());
      }
    }
    System.out.println(files.size() + " files, " + numerals + " numeral terms");
  }
}
