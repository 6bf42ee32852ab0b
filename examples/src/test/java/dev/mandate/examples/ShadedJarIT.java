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
package dev.mandate.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CLI's shaded jar as built by {@code package} (run by failsafe, after the shade plugin): it keeps the licences
 * and notices of the dependencies it bundles, carries Mandate's own licence, and prints the POM's version.
 *
 * <p>The dependencies are found on this test's classpath, not listed here: a jar one of whose classes is in the shaded
 * jar was shaded, and each of its licence files must be there too, byte for byte (its {@code META-INF/NOTICE}, which
 * the shade plugin merges into one, line for line): under its own name, or, where jars' files of one name differ
 * (PDFBox's and POI's licences add those of code they include), under {@code META-INF/licences/ARTIFACT-jar/}.
 */
class ShadedJarIT {

  private static ZipFile shaded;

  @BeforeAll
  static void open() throws IOException {
    String path = System.getProperty("mandate.shadedJar");
    assertNotNull(path, "mandate.shadedJar is not set: run through Maven (failsafe sets it, see examples/pom.xml)");
    assertTrue(Files.isRegularFile(Path.of(path)), "no shaded jar at " + path);
    shaded = new ZipFile(path);
  }

  @AfterAll
  static void close() throws IOException {
    shaded.close();
  }

  @Test
  void everyBundledDependencyKeepsItsLicenceFiles() throws Exception {
    Set<String> bundled = new TreeSet<>();
    List<String> checked = new ArrayList<>();
    for (URL manifest : Collections.list(ClassLoader.getSystemClassLoader().getResources(JarFile.MANIFEST_NAME))) {
      if (!"jar".equals(manifest.getProtocol())) {
        continue;
      }
      URL dependency = ((JarURLConnection) manifest.openConnection()).getJarFileURL();
      try (ZipFile jar = new ZipFile(Path.of(dependency.toURI()).toFile())) {
        if (!isBundled(jar) || jar.getName().equals(shaded.getName())) {
          continue;
        }
        bundled.add(Path.of(jar.getName()).getFileName().toString());
        for (ZipEntry e : Collections.list(jar.entries())) {
          if (e.isDirectory() || !isLicence(e.getName())) {
            continue;
          }
          ZipEntry kept = shaded.getEntry(isMergedNotice(e.getName()) ? "META-INF/NOTICE" : e.getName());
          assertNotNull(kept, e.getName() + " of " + jar.getName() + " is missing from the shaded jar");
          byte[] theirs = read(jar, e);
          if (isMergedNotice(e.getName())) {
            String merged = new String(read(shaded, kept), StandardCharsets.UTF_8);
            for (String line : new String(theirs, StandardCharsets.UTF_8).split("\\R")) {
              assertTrue(merged.contains(line.strip()),
                  "the shaded jar's " + e.getName() + " lost a line of " + jar.getName() + "'s: " + line);
            }
          } else if (!trimEnd(theirs).equals(trimEnd(read(shaded, kept)))) {
            // the same text but for trailing blank lines is the same licence: commons-io and commons-csv (both
            // brought by the ledger) ship the Apache-2.0 text as META-INF/LICENSE.txt, one with a last empty line
            // more. Texts that differ (PDFBox's, FontBox's and POI's add the licences of code they include): each
            // jar's file is kept under META-INF/licences/ARTIFACT-jar/
            ZipEntry own = shaded.getEntry("META-INF/licences/" + artifactId(jar) + "-jar/" + e.getName());
            assertNotNull(own, e.getName() + " of " + jar.getName() + " differs from the shaded jar's and has no "
                + "copy of its own: one of two licence files of the same name was lost");
            assertArrayEquals(theirs, read(shaded, own), e.getName() + " of " + jar.getName());
          }
          checked.add(jar.getName() + "!" + e.getName());
        }
      }
    }
    System.out.println("shaded dependencies: " + bundled + "; licence files kept: " + checked.size());
    // the dependencies were found at all (a broken classpath scan must not pass by finding none)
    for (String expected : new String[] {"guava", "jackson-core", "jsoup"}) {
      assertTrue(bundled.stream().anyMatch(n -> n.startsWith(expected + "-")), expected + " not found in " + bundled);
    }
    assertTrue(checked.size() >= 7, "too few licence files checked: " + checked);
  }

  @Test
  void carriesMandatesLicenceAndNotice() throws IOException {
    byte[] ours = Files.readAllBytes(Path.of("..", "LICENSE"));
    ZipEntry licence = shaded.getEntry("META-INF/LICENSE");
    assertNotNull(licence, "META-INF/LICENSE");
    assertArrayEquals(ours, read(shaded, licence), "META-INF/LICENSE is not the project's LICENSE");
    ZipEntry notice = shaded.getEntry("META-INF/NOTICE");
    assertNotNull(notice, "META-INF/NOTICE");
    String text = new String(read(shaded, notice), StandardCharsets.UTF_8);
    assertTrue(text.contains("Mandate") && text.contains("Jackson"), text);
  }

  @Test
  void printsThePomsVersion() throws Exception {
    String pom = System.getProperty("mandate.pomVersion");
    assertNotNull(pom, "mandate.pomVersion is not set: run through Maven (failsafe sets it, see examples/pom.xml)");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", shaded.getName(), "--version").redirectErrorStream(true).start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "java -jar mandate.jar --version did not end");
    assertEquals(0, p.exitValue(), out);
    assertEquals("mandate " + pom, out.strip());
  }

  /** Whether some class of {@code jar} is in the shaded jar. */
  /** The artifact id of a jar in the local repository: {@code .../pdfbox/3.0.8/pdfbox-3.0.8.jar} is pdfbox's. */
  private static String artifactId(ZipFile jar) {
    return Path.of(jar.getName()).getParent().getParent().getFileName().toString();
  }

  private static boolean isBundled(ZipFile jar) {
    for (ZipEntry e : Collections.list(jar.entries())) {
      String n = e.getName();
      if (n.endsWith(".class") && !n.startsWith("META-INF/") && !n.endsWith("module-info.class")) {
        return shaded.getEntry(n) != null;
      }
    }
    return false;
  }

  /** A licence or notice file: {@code META-INF/LICENSE}, {@code META-INF/jsoup/LICENSE}, {@code NOTICE.txt}, ... */
  private static boolean isLicence(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
    return !file.endsWith(".CLASS")
        && (file.contains("LICENSE") || file.contains("LICENCE") || file.contains("NOTICE") || file.contains("COPYING"));
  }

  /** The notices the shade plugin's ApacheNoticeResourceTransformer merges into one {@code META-INF/NOTICE}. */
  private static boolean isMergedNotice(String name) {
    return name.equalsIgnoreCase("META-INF/NOTICE") || name.equalsIgnoreCase("META-INF/NOTICE.txt")
        || name.equalsIgnoreCase("META-INF/NOTICE.md");
  }

  private static byte[] read(ZipFile zip, ZipEntry e) throws IOException {
    try (InputStream in = zip.getInputStream(e)) {
      return in.readAllBytes();
    }
  }

  /** A licence file's text without the blank lines and spaces it ends with. */
  private static String trimEnd(byte[] text) {
    return new String(text, StandardCharsets.UTF_8).stripTrailing();
  }
}
