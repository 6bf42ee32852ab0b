package dev.mandate.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources: the seed copy in {@code seeds/} and the dev set in {@code dev/}. */
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
  public static final String[] DEV = {"doc01", "doc02", "doc03", "doc08", "doc14", "doc17"};
}
