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
package dev.mandate.office;

import dev.mandate.parser.eval.JsonTree;
import dev.mandate.parser.sources.Render;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * The founding document and the dev set rendered to {@code .docx} as the parser's tests render them (the founding
 * document's leads bolded at a moving position, the dev set's from the gold), each also with its table's borders
 * drawn, then converted once per test run into {@code target/converted/} by LibreOffice ({@code soffice --headless
 * --convert-to pdf} and {@code --convert-to doc}) and by poppler's {@code pdftotext -layout}. Without LibreOffice or
 * poppler-utils the tests that need them are skipped, an assumption saying what to install ({@code .ci/run} installs
 * them, so CI never skips them).
 */
final class Converted {

  static final Path DIR = Path.of("target", "converted");
  /** The founding document's name here; the dev set's are theirs (doc01 …). */
  static final String SEED = "seed";
  /** The bold unit of each of the founding document's measures, as rendered. */
  static final List<Integer> SEED_BOLD = new ArrayList<>();

  private static boolean done;

  private Converted() {}

  /** The names converted: the founding document, then the dev set. */
  static List<String> names() {
    List<String> out = new ArrayList<>(List.of(SEED));
    out.addAll(List.of(Fixtures.DEV));
    return out;
  }

  /** A converted file: {@code name} plus {@code -ruled} for the bordered rendering, {@code ext} pdf, doc or txt. */
  static synchronized Path file(String name, String ext) {
    convert();
    return DIR.resolve(name + "." + ext);
  }

  @SuppressWarnings("unchecked")
  private static void convert() {
    if (done) {
      return;
    }
    try {
      Files.createDirectories(DIR);
      List<String> docx = new ArrayList<>();
      for (String n : names()) {
        Render.Doc d = n.equals(SEED) ? Render.seed(SEED_BOLD, 1, true)
            : Render.fromGold((Map<String, Object>) JsonTree.parse(Fixtures.text("dev/" + n + ".gold.json")));
        byte[] bytes = Render.docx(d);
        Files.write(DIR.resolve(n + ".docx"), forLibreOffice(bytes, false));
        Files.write(DIR.resolve(n + "-ruled.docx"), forLibreOffice(bytes, true));
        docx.add(n + ".docx");
        docx.add(n + "-ruled.docx");
      }
      List<String> pdf = new ArrayList<>(List.of(soffice(), "--headless", "--norestore",
          "-env:UserInstallation=" + DIR.resolve("lo-profile").toAbsolutePath().toUri(), "--convert-to", "pdf",
          "--outdir", "."));
      pdf.addAll(docx);
      run(pdf);
      List<String> doc = new ArrayList<>(pdf);
      doc.set(doc.indexOf("pdf"), "doc:MS Word 97");
      run(doc);
      for (String n : names()) {
        for (String v : List.of(n, n + "-ruled")) {
          run(List.of(tool("pdftotext", "poppler-utils"), "-layout", "-enc", "UTF-8", v + ".pdf", v + ".txt"));
        }
      }
      done = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String soffice() {
    return tool("soffice", "libreoffice-writer-nogui");
  }

  /** A tool on the PATH, or a failure that says which package to install. */
  private static String tool(String name, String debianPackage) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return Path.of(dir, name).toString();
      }
    }
    Assumptions.abort(name + " is not installed: the PDF and .doc tests convert their documents with it. Install it "
        + "(apt-get install " + debianPackage + " fonts-noto-cjk; .ci/run does) to run them");
    throw new AssertionError("unreachable");
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
    }
  }

  /**
   * The same Word file as LibreOffice needs it: bold set on the run itself where the rendering takes it from a
   * character style (LibreOffice maps the style ids Strong and Emphasis to its own styles, and Emphasis is italic
   * there, so the bold would be lost), and, if {@code borders}, every table border drawn (the renderings have none).
   */
  static byte[] forLibreOffice(byte[] docx, boolean borders) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String x = new String(b, StandardCharsets.UTF_8).replace("<w:rStyle w:val=\"Strong\"/>", "<w:b/>")
              .replace("<w:rStyle w:val=\"Emphasis\"/>", "<w:b/>");
          if (borders) {
            String border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
            x = x.replace("<w:tblPr/>", "<w:tblPr><w:tblBorders><w:top " + border + "<w:left " + border + "<w:bottom "
                + border + "<w:right " + border + "<w:insideH " + border + "<w:insideV " + border
                + "</w:tblBorders></w:tblPr>");
          }
          b = x.getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(b);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
