package org.migov.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.migov.core.dataset.Dataset;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;

/**
 * The migov reference catalog: public facts about IOM, UNODC, Italy's Migration Fund, the EU
 * project ASIT and the organisations, offices, agreements, programmes and events around them, as
 * one dataset in the migov wire format.
 *
 * <p>Every entity cites the news texts it comes from as its {@code sources}. Only what those texts
 * state is recorded: where a text leaves out a date or an amount, the catalog leaves it absent.
 * The choices made in transcribing them, and the warnings the catalog raises under migov's rules,
 * are listed in {@code docs/catalog.md}.
 *
 * <p>The dataset is decoded from the resource {@value #RESOURCE} once, on first use, and then
 * shared: it is immutable and thread-safe, like this class.
 */
public final class ReferenceCatalog {

  /** The class-path resource that holds the catalog as a migov dataset document. */
  public static final String RESOURCE = "/org/migov/catalog/reference-catalog.json";

  private ReferenceCatalog() {}

  /**
   * Returns the reference catalog. The first call decodes it; later calls return the same instance.
   *
   * @return the catalog, immutable
   * @throws IllegalStateException if the resource is missing or cannot be decoded (a broken build)
   */
  public static Dataset load() {
    return Holder.DATASET;
  }

  /**
   * Opens the catalog's document, as shipped, for a caller that wants the raw wire format. The
   * caller closes the stream.
   *
   * @return the UTF-8 bytes of the dataset document
   * @throws IllegalStateException if the resource is missing (a broken build)
   */
  public static InputStream openDocument() {
    InputStream in = ReferenceCatalog.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the reference catalog resource " + RESOURCE + " is missing");
    }
    return in;
  }

  private static Dataset decode() {
    try (Reader in = new InputStreamReader(openDocument(), StandardCharsets.UTF_8)) {
      return MigovJson.create().readDataset(in);
    } catch (MigovJsonException e) {
      throw new IllegalStateException("the reference catalog does not decode: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("the reference catalog cannot be read", e);
    }
  }

  /** Lazy, thread-safe initialisation by the class loader. */
  private static final class Holder {
    static final Dataset DATASET = decode();
  }
}
