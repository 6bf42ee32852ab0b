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
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs a {@code parse} names: files as given, folders walked for their files (in name order, recursively),
 * {@code -} for standard input. Each input keeps the name its document's {@code source} is given: the path as given
 * for a file, the path relative to the folder for a file found in one.
 */
final class Inputs {

  /** One input: where it is (null for standard input), the name it is known by, and where it was found. */
  static final class Input {
    final Path path;
    final String name;
    /** The path below the folder it was found in ({@code a/b.txt}), or the file's name for a file given alone. */
    final Path relative;

    Input(Path path, String name, Path relative) {
      this.path = path;
      this.name = name;
      this.relative = relative;
    }

    boolean isStandardInput() {
      return path == null;
    }
  }

  /** The name standard input goes by, in every message and as a document's source. */
  static final String STDIN = "<stdin>";

  private Inputs() {}

  /**
   * The inputs, in the order given, each folder's files in name order. {@code includes} are globs matched against a
   * found file's path below its folder and against its name ({@code *.docx}, {@code 2023/**}); none means every file.
   * A path that is neither a file nor a folder is kept, so that its parse reports it.
   */
  static List<Input> of(List<String> args, List<String> includes) throws IOException {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : includes) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    List<Input> out = new ArrayList<>();
    for (String a : args) {
      if (a.equals("-")) {
        out.add(new Input(null, STDIN, Path.of("stdin")));
        continue;
      }
      Path p = Path.of(a);
      if (!Files.isDirectory(p)) {
        out.add(new Input(p, a, p.getFileName() == null ? p : p.getFileName()));
        continue;
      }
      List<Path> found = new ArrayList<>();
      Files.walkFileTree(p, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && matches(matchers, p.relativize(file))) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          found.add(file); // unreadable: its parse says so, the batch goes on
          return FileVisitResult.CONTINUE;
        }
      });
      found.sort(null);
      for (Path f : found) {
        Path rel = p.relativize(f);
        out.add(new Input(f, rel.toString(), rel));
      }
    }
    return out;
  }

  private static boolean matches(List<PathMatcher> matchers, Path relative) {
    if (matchers.isEmpty()) {
      return true;
    }
    for (PathMatcher m : matchers) {
      if (m.matches(relative) || relative.getFileName() != null && m.matches(relative.getFileName())) {
        return true;
      }
    }
    return false;
  }
}
