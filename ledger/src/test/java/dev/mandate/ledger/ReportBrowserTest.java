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
package dev.mandate.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mandate.model.Agency;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The founding document's report in a real browser: the distribution's headless Chromium driven by its ChromeDriver
 * through Selenium (no driver or browser downloaded: both are named here, and Selenium Manager is kept offline). The
 * page loads with no console error and fetches nothing, its matrix has the 59 measures and each agency's lead count
 * as the gold file gives it, sorting and filtering work, and a screenshot is saved as {@code target/report.png}.
 * Skipped, saying why, only where Chromium or ChromeDriver is not installed ({@code .ci/run} installs them).
 */
class ReportBrowserTest {

  static final Path CHROMIUM = Path.of(System.getProperty("mandate.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("mandate.chromedriver", "/usr/bin/chromedriver"));
  static final Path TARGET = Path.of("target");

  private static ChromeDriver driver;
  private static Path page;

  @BeforeAll
  static void openThePage() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "no browser test: Chromium (" + CHROMIUM + ") or ChromeDriver (" + CHROMEDRIVER + ") is not installed; "
            + "apt-get install -y chromium chromium-driver fonts-noto-cjk (.ci/run does)");
    Path dir = Files.createDirectories(TARGET.resolve("report-test"));
    page = dir.resolve("report.html");
    ReportWriter.builder().title("临沂市2021年民生实事责任分工").build().write(Founding.CORPUS, page);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // this machine has no network but the package registries: everything Chromium would reach out for is off
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile").toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogFile(dir.resolve("chromedriver.log").toFile())
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 1000));
    driver.get(page.toUri().toString());
  }

  @AfterAll
  static void closeTheBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Test
  void thePageLoadsWithNoConsoleErrorAndFetchesNothing() {
    assertEquals("临沂市2021年民生实事责任分工", driver.getTitle());
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getLevel() + " " + e.getMessage());
      }
    }
    assertEquals(List.of(), errors, "console errors and warnings");
    assertEquals(0L, js("return performance.getEntriesByType('resource').length;"), "resources fetched");
    String family = (String) js("return getComputedStyle(document.body).fontFamily;");
    assertTrue(family.startsWith("\"Noto Sans CJK SC\"") && family.contains("Microsoft YaHei")
        && family.contains("PingFang SC") && family.endsWith("sans-serif"), family);
    for (String id : List.of("documents", "matrix-section", "load", "sections", "targets", "deadlines",
        "diagnostics")) {
      assertTrue(driver.findElement(By.id(id)).isDisplayed(), id);
    }
    assertEquals(Founding.DOCUMENT.measures().stream().mapToInt(m -> m.targets().size()).sum(),
        driver.findElements(By.cssSelector("#target-table tbody tr")).size(), "a row per target");
    assertTrue(driver.findElement(By.id("deadline-bars")).getText().contains("年内"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theMatrixHasEveryMeasureAndTheLeadsTheGoldGives() throws IOException {
    assertEquals(59, driver.findElements(By.cssSelector("#matrix thead th.measure")).size(), "measure columns");
    // the gold names units as written (市自然资源和规划局); the matrix by canonical name (市自然资源规划局)
    Map<String, String> canonical = new HashMap<>();
    Founding.DOCUMENT.measures().forEach(m -> m.responsibilities()
        .forEach(r -> canonical.put(r.unit().fullName(), r.unit().canonical())));
    Map<String, Integer> gold = new HashMap<>();
    for (String leads : Founding.goldLeads()) {
      for (String unit : leads.split("、")) {
        gold.merge(canonical.getOrDefault(unit, unit), 1, Integer::sum);
      }
    }
    // per row: the agency, its lead count as printed, and how many of its cells are marked lead
    List<List<Object>> rows = (List<List<Object>>) js("return Array.prototype.map.call("
        + "document.querySelectorAll('#matrix tbody tr'), function (r) { return [r.dataset.unit,"
        + " Number(r.querySelector('td.leads').textContent), r.querySelectorAll('td.lead').length,"
        + " r.querySelectorAll('td.support').length]; });");
    assertEquals(Founding.CORPUS.agencies().size(), rows.size(), "a row per agency");
    Map<String, Integer> printed = new HashMap<>();
    for (List<Object> r : rows) {
      assertEquals(((Number) r.get(1)).intValue(), ((Number) r.get(2)).intValue(), "lead cells of " + r.get(0));
      if (((Number) r.get(1)).intValue() > 0) {
        printed.put((String) r.get(0), ((Number) r.get(1)).intValue());
      }
    }
    assertEquals(gold, printed, "lead counts per agency");
    for (Agency a : Founding.CORPUS.agencies()) {
      List<Object> row = rows.stream().filter(r -> r.get(0).equals(a.canonical())).findFirst().orElseThrow();
      assertEquals(a.supports(), ((Number) row.get(3)).intValue(), "support cells of " + a.canonical());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> column(String cell) {
    return (List<String>) js("return Array.prototype.map.call(document.querySelectorAll('#matrix tbody tr'),"
        + " function (r) { return r.querySelector(arguments[0]).textContent; });".replace("arguments[0]", "'"
        + cell + "'"));
  }

  private static List<Integer> numbers(String cell) {
    return column(cell).stream().map(Integer::valueOf).collect(Collectors.toList());
  }

  @Test
  void sortingAndFilteringWork() throws IOException {
    WebElement leads = driver.findElement(By.id("sort-leads"));
    leads.click();
    List<Integer> down = numbers("td.leads");
    assertEquals(down.stream().sorted((a, b) -> b - a).collect(Collectors.toList()), down, "most leads first");
    assertEquals("descending", leads.getAttribute("aria-sort"));
    assertEquals("市卫生健康委", column("th.unit").get(0));
    leads.click();
    List<Integer> up = numbers("td.leads");
    assertEquals(up.stream().sorted().collect(Collectors.toList()), up, "fewest leads first on the second click");

    driver.findElement(By.cssSelector("#matrix thead th.unit")).click();
    List<String> names = column("th.unit");
    assertEquals(Boolean.TRUE, js("var n = arguments[0]; for (var i = 1; i < n.length; i++) {"
        + " if (n[i - 1].localeCompare(n[i], 'zh-CN') > 0) { return false; } } return true;", names), names.toString());

    driver.findElement(By.id("sort-total")).click();
    List<Integer> totals = numbers("td.total");
    assertEquals(totals.stream().sorted((a, b) -> b - a).collect(Collectors.toList()), totals);

    WebElement filter = driver.findElement(By.id("unit-filter"));
    filter.sendKeys("教育");
    List<WebElement> shown = driver.findElements(By.cssSelector("#matrix tbody tr:not([hidden])"));
    assertTrue(!shown.isEmpty() && shown.stream().allMatch(r -> r.getAttribute("data-unit").contains("教育")),
        "only agencies with 教育 in their names");
    assertTrue(driver.findElement(By.id("filter-count")).getText().startsWith(shown.size() + " / "));
    filter.clear();
    filter.sendKeys(" ");
    js("var f = document.getElementById('unit-filter'); f.value = ''; f.dispatchEvent(new Event('input'));");
    assertEquals(Founding.CORPUS.agencies().size(),
        driver.findElements(By.cssSelector("#matrix tbody tr:not([hidden])")).size(), "all again");

    // the screenshot: the matrix sorted by leads, as a reader first sees it
    leads.click();
    if (!"descending".equals(leads.getAttribute("aria-sort"))) {
      leads.click();
    }
    js("window.scrollTo(0, 0);");
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path png = TARGET.resolve("report.png");
    Files.copy(shot.toPath(), png, StandardCopyOption.REPLACE_EXISTING);
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG screenshot");
  }
}
