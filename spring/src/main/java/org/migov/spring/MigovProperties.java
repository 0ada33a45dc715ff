package org.migov.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * migov's settings in a Spring Boot application, under {@code migov.*}.
 */
@ConfigurationProperties("migov")
public class MigovProperties {
  private final Validation validation = new Validation();
  private final Web web = new Web();

  /** Creates the settings with their defaults; Boot binds them. */
  public MigovProperties() {}

  /**
   * How migov's rules run on Boot's validator.
   *
   * @return the validation settings
   */
  public Validation getValidation() {
    return validation;
  }

  /**
   * How migov answers bad requests.
   *
   * @return the web settings
   */
  public Web getWeb() {
    return web;
  }

  /** How migov's rules run on Boot's validator. */
  public static class Validation {
    /** Whether a finding of severity WARNING rejects a request like an error; by default it passes, kept as a request attribute. */
    private boolean warningsReject;

    /** Whether the application fails at startup when migov's rules are not active on its validator. */
    private boolean startupCheck = true;

    /** Creates the settings with their defaults. */
    public Validation() {}

    /**
     * Whether a warning rejects a request.
     *
     * @return true if it does
     */
    public boolean isWarningsReject() {
      return warningsReject;
    }

    /**
     * Sets whether a warning rejects a request.
     *
     * @param warningsReject true to reject
     */
    public void setWarningsReject(boolean warningsReject) {
      this.warningsReject = warningsReject;
    }

    /**
     * Whether the startup check runs.
     *
     * @return true if it does
     */
    public boolean isStartupCheck() {
      return startupCheck;
    }

    /**
     * Sets whether the startup check runs.
     *
     * @param startupCheck false to skip it
     */
    public void setStartupCheck(boolean startupCheck) {
      this.startupCheck = startupCheck;
    }
  }

  /** How migov answers bad requests. */
  public static class Web {
    /** The status of a request body that breaks migov's rules: 400 (Bad Request) or 422 (Unprocessable Content). */
    private int violationStatus = 400;

    /** Creates the settings with their defaults. */
    public Web() {}

    /**
     * The status of a body that breaks migov's rules.
     *
     * @return 400 or 422
     */
    public int getViolationStatus() {
      return violationStatus;
    }

    /**
     * Sets the status of a body that breaks migov's rules.
     *
     * @param violationStatus 400 or 422
     * @throws IllegalArgumentException for any other status
     */
    public void setViolationStatus(int violationStatus) {
      if (violationStatus != 400 && violationStatus != 422) {
        throw new IllegalArgumentException("expected migov.web.violation-status 400 or 422, found " + violationStatus);
      }
      this.violationStatus = violationStatus;
    }
  }
}
