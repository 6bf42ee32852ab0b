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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library as a user loads it from the module path: only the API packages are exported, and a parse works there
 * (its vocabularies found, its services loaded). The modules are resolved in a layer of their own from the jars (or
 * class folders) this test runs with.
 */
class ModulePathTest {

  /** The library's jars and their dependencies' from the test's class path, nothing of the test's own. */
  private static Path[] libraryPath() {
    List<Path> out = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).toString();
      if (name.contains("junit") || name.contains("jqwik") || name.contains("opentest4j") || name.contains("apiguardian")
          || name.contains("mandate-examples") || name.contains("examples" + File.separator + "target")) {
        continue;
      }
      out.add(Path.of(entry));
    }
    return out.toArray(new Path[0]);
  }

  private static ModuleLayer layer() {
    ModuleFinder finder = ModuleFinder.of(libraryPath());
    Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("dev.mandate.parser"));
    return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void theOfficeReadersAreFoundOnTheModulePathThroughProvides() throws Exception {
    // resolved with its services bound, as a user's application that requires dev.mandate.parser is
    ModuleFinder finder = ModuleFinder.of(libraryPath());
    Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(),
        Set.of("dev.mandate.parser"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    assertTrue(layer.findModule("dev.mandate.office").isPresent(), "the office module is bound as a provider");
    ClassLoader loader = layer.findLoader("dev.mandate.parser");
    Class<?> parserClass = loader.loadClass("dev.mandate.parser.MandateParser");
    Object builder = parserClass.getMethod("builder").invoke(null);
    Object parser = builder.getClass().getMethod("build").invoke(builder);
    // a PDF of one page with no text: the PDF reader is found (the parser alone refuses a PDF by name)
    byte[] pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
        + "endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Method parse = parserClass.getMethod("parse", java.io.InputStream.class, String.class);
    java.lang.reflect.InvocationTargetException e = assertThrows(java.lang.reflect.InvocationTargetException.class,
        () -> parse.invoke(parser, new java.io.ByteArrayInputStream(pdf), "empty.pdf"));
    assertTrue(e.getCause().getMessage().contains("no text layer"), e.getCause().getMessage());
  }

  @Test
  void onlyTheApiPackagesAreExported() {
    ModuleLayer layer = layer();
    ModuleDescriptor parser = layer.findModule("dev.mandate.parser").orElseThrow().getDescriptor();
    Set<String> exported = parser.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("dev.mandate.json", "dev.mandate.parser", "dev.mandate.parser.formats",
        "dev.mandate.parser.targets"), exported);
    assertTrue(parser.packages().contains("dev.mandate.parser.internal.layout"), "internal packages are inside");
    ModuleDescriptor core = layer.findModule("dev.mandate.core").orElseThrow().getDescriptor();
    assertEquals(Set.of("dev.mandate.model"),
        core.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
  }

  @Test
  void aParseWorksOnTheModulePathAndTheInternalsStayClosed() throws Exception {
    ModuleLayer layer = layer();
    ClassLoader loader = layer.findLoader("dev.mandate.parser");
    Class<?> parserClass = loader.loadClass("dev.mandate.parser.MandateParser");
    Object builder = parserClass.getMethod("builder").invoke(null);
    Object parser = builder.getClass().getMethod("build").invoke(builder);
    String seed = Files.readString(Path.of("..", "seeds", "linyi-2021-livelihood.txt"));
    Object doc = parserClass.getMethod("parse", String.class).invoke(parser, seed);
    List<?> measures = (List<?>) loader.loadClass("dev.mandate.model.Document").getMethod("measures").invoke(doc);
    assertEquals(59, measures.size());
    Module parserModule = layer.findModule("dev.mandate.parser").orElseThrow();
    Module user = getClass().getModule();
    assertTrue(parserModule.isExported("dev.mandate.parser", user));
    assertTrue(!parserModule.isExported("dev.mandate.parser.internal.layout", user));
    Class<?> internal = loader.loadClass("dev.mandate.parser.internal.layout.LayoutReader");
    Method read = internal.getMethod("read", List.class);
    // not exported and not open: not even reflection gets in
    assertThrows(java.lang.reflect.InaccessibleObjectException.class, () -> read.setAccessible(true));
  }
}
