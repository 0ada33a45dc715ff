package org.migov.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.migov.validation.Violation;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The warnings of migov's rules that did not reject a request (by default none does): kept as a
 * request attribute, {@link #ATTRIBUTE}, for the controller to read with {@link #of} or
 * {@code @RequestAttribute(name = MigovWarnings.ATTRIBUTE, required = false) List<Violation>}.
 * Outside a request a warning is not kept. Holds no state of its own; thread-safe.
 */
public final class MigovWarnings {
  /** The name of the request attribute that holds the warnings, a {@code List<Violation>}. */
  public static final String ATTRIBUTE = "org.migov.validation.warnings";

  private MigovWarnings() {}

  /**
   * The warnings found while the request's body was validated.
   *
   * @param request the request
   * @return the warnings, in the order found; empty when there is none
   */
  @SuppressWarnings("unchecked")
  public static List<Violation> of(HttpServletRequest request) {
    Object warnings = request.getAttribute(ATTRIBUTE);
    return warnings == null ? List.of() : List.copyOf((List<Violation>) warnings);
  }

  /** Keeps a warning on the current request, if there is one. */
  @SuppressWarnings("unchecked")
  static void keep(Violation warning) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return;
    }
    List<Violation> warnings = (List<Violation>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    if (warnings == null) {
      warnings = new ArrayList<>();
      request.setAttribute(ATTRIBUTE, warnings, RequestAttributes.SCOPE_REQUEST);
    }
    warnings.add(warning);
  }
}
