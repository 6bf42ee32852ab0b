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
package dev.mandate.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test resources: the seed copy in {@code seeds/}, the dev set in {@code dev/}, the layout samples in {@code layouts/}. */
public final class Resources {
  private Resources() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Resources.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  public static final String SEED = "seeds/linyi-2021-livelihood.txt";
  public static final String SEED_GOLD = "seeds/linyi-2021-livelihood.gold.json";
  public static final String[] DEV = {"doc01", "doc02", "doc03", "doc07", "doc08", "doc11", "doc12", "doc14", "doc17",
      "doc19"};

  /** The layout family samples in {@code layouts/}, as paths under the test resources. */
  public static List<String> layouts() {
    return listed("layouts", ".txt");
  }

  /** The wild corpus's documents ({@code wild/wNN.txt}), as names without the extension: {@code wild/w01}. */
  public static List<String> wild() {
    return listed("wild", ".txt").stream().map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toList());
  }

  /** Whether a test resource exists. */
  public static boolean exists(String name) {
    return Resources.class.getResource("/" + name) != null;
  }

  private static List<String> listed(String folder, String ending) {
    URL dir = Resources.class.getResource("/" + folder);
    try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ending)).sorted()
          .map(n -> folder + "/" + n).collect(Collectors.toList());
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("test resources are not a directory: " + dir, e);
    }
  }
}
