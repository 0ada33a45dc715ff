package org.migov.quarkus;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import org.migov.validation.Violation;

/**
 * The warnings of migov's rules that did not reject the current request (by default none does):
 * inject it in a resource to read them. One per request; confined to it.
 */
@RequestScoped
public class MigovRequestWarnings {
  private final List<Violation> warnings = new ArrayList<>();

  /** Creates the holder; Quarkus does this for each request. */
  public MigovRequestWarnings() {}

  /**
   * The warnings found while the request was validated.
   *
   * @return the warnings, in the order found
   */
  public List<Violation> list() {
    return List.copyOf(warnings);
  }

  /** Keeps a warning. */
  void add(Violation warning) {
    warnings.add(warning);
  }
}
