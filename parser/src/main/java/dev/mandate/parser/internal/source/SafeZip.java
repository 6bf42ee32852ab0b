package dev.mandate.parser.internal.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads chosen entries of a ZIP archive (DOCX, XLSX) with limits: bytes are counted as they inflate, so a zip bomb
 * is refused when it passes the limit instead of filling memory. Names and sizes in the archive's headers are not
 * trusted.
 */
public final class SafeZip {

  /** Why an archive was refused. */
  public static final class ZipRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean tooLarge;

    ZipRefused(String message, boolean tooLarge, Throwable cause) {
      super(message, cause);
      this.tooLarge = tooLarge;
    }

    /** True when a limit was passed (zip bomb), false when the archive is damaged. */
    public boolean tooLarge() {
      return tooLarge;
    }
  }

  private SafeZip() {}

  /** Whether bytes start with a ZIP local file header. */
  public static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /** The names of the entries (at most 10,000 are looked at). */
  public static Set<String> names(byte[] bytes) throws ZipRefused {
    Set<String> names = new java.util.LinkedHashSet<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null && names.size() < 10_000) {
        names.add(e.getName());
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new ZipRefused("a damaged ZIP archive: " + e.getMessage(), false, e);
    }
    return names;
  }

  /**
   * The entry with this name as a stream that inflates as it is read, or null if the archive has none. Reading past
   * {@code maxEntry} inflated bytes throws {@link LimitExceeded} (a zip bomb); damaged data throws
   * {@link java.io.UncheckedIOException}. Both are unchecked so that they pass through an XML reader unwrapped.
   */
  public static InputStream entry(byte[] bytes, String name, long maxEntry) throws ZipRefused {
    ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
    try {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.getName().equals(name)) {
          return new Bounded(in, name, maxEntry);
        }
      }
      return null;
    } catch (IOException | IllegalArgumentException e) {
      throw new ZipRefused("a damaged ZIP archive: " + e.getMessage(), false, e);
    }
  }

  /** An entry's inflating stream that counts what it gives out. */
  private static final class Bounded extends InputStream {
    private final ZipInputStream in;
    private final String name;
    private final long max;
    private long size;

    Bounded(ZipInputStream in, String name, long max) {
      this.in = in;
      this.name = name;
      this.max = max;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      int r = read(one, 0, 1);
      return r < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int r;
      try {
        r = in.read(b, off, len);
      } catch (IOException | IllegalArgumentException e) {
        throw new java.io.UncheckedIOException("a damaged ZIP archive: " + e.getMessage(),
            e instanceof IOException ? (IOException) e : new IOException(e));
      }
      if (r > 0) {
        size += r;
        if (size > max) {
          throw new LimitExceeded("entry " + name + " inflates past the limit of " + max + " bytes (a zip bomb?)");
        }
      }
      return r;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * The entries whose names {@code wanted} accepts, inflated.
   *
   * @param maxEntry the most bytes one entry may inflate to
   * @param maxTotal the most bytes all wanted entries together may inflate to
   */
  public static Map<String, byte[]> read(byte[] bytes, Predicate<String> wanted, long maxEntry, long maxTotal)
      throws ZipRefused {
    Map<String, byte[]> out = new HashMap<>();
    long total = 0;
    byte[] buf = new byte[65536];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (!wanted.test(e.getName()) || out.containsKey(e.getName())) {
          continue;
        }
        ByteArrayOutputStream entry = new ByteArrayOutputStream();
        long size = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
          size += r;
          total += r;
          if (size > maxEntry || total > maxTotal) {
            throw new ZipRefused("entry " + e.getName() + " inflates past the limit of "
                + (size > maxEntry ? maxEntry : maxTotal) + " bytes (a zip bomb?)", true, null);
          }
          entry.write(buf, 0, r);
        }
        out.put(e.getName(), entry.toByteArray());
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new ZipRefused("a damaged ZIP archive: " + e.getMessage(), false, e);
    }
    return out;
  }
}
