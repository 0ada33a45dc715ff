package org.migov.core.text;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.migov.core.CodedEnum;

/**
 * A part of a message that people read, in English, Italian, French and Spanish: what an error
 * expected, why a value was refused. migov's exceptions keep their phrases so that a caller can
 * show a message in the user's language ({@code expected(Locale)}); their {@code getMessage()} is
 * the English one.
 *
 * <p>A phrase is a {@link Template} with its arguments, or a {@link #literal(String) literal}: a
 * text that is the same in every language, such as a phrase a user's own code gave in English
 * only. Arguments are rendered in the phrase's language: a phrase in that language, a
 * {@link CodedEnum} by its {@link CodedEnum#label(Locale) label}, anything else by
 * {@link String#valueOf(Object)} (numbers are never grouped or localized: {@code 2147483647}).
 * Other languages than the four get English. Any other argument is kept as its text when the
 * phrase is made.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
public final class Phrase implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The template, or null for a literal. */
  private final Template template;
  /** The arguments, or the literal text alone. */
  private final Object[] arguments;

  private Phrase(Template template, Object[] arguments) {
    this.template = template;
    this.arguments = arguments;
  }

  /**
   * A phrase without arguments, given in each of the four languages.
   *
   * @param english the English text
   * @param italian the Italian text
   * @param french the French text
   * @param spanish the Spanish text
   * @return the phrase
   */
  public static Phrase of(String english, String italian, String french, String spanish) {
    return template(english, italian, french, spanish).with();
  }

  /**
   * A text that is the same in every language: a value, or a phrase given in one language only.
   *
   * @param text the text
   * @return the phrase
   */
  public static Phrase literal(String text) {
    return new Phrase(null, new Object[] {Objects.requireNonNull(text, "text")});
  }

  /**
   * A template in each of the four languages, where {@code {0}} to {@code {9}} stand for its
   * arguments (no other character is special: an apostrophe is an apostrophe). A language may
   * leave out an argument or put them in another order.
   *
   * @param english the English text
   * @param italian the Italian text
   * @param french the French text
   * @param spanish the Spanish text
   * @return the template
   */
  public static Template template(String english, String italian, String french, String spanish) {
    return new Template(english, italian, french, spanish);
  }

  /**
   * The phrase in a language: English for a language other than Italian, French and Spanish.
   *
   * @param locale the language
   * @return the text
   */
  public String text(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (template == null) {
      return (String) arguments[0];
    }
    String pattern = template.pattern(locale);
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{' && i + 2 < pattern.length() && Character.isDigit(pattern.charAt(i + 1)) && pattern.charAt(i + 2) == '}') {
        out.append(render(arguments[pattern.charAt(i + 1) - '0'], locale));
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Refuses a stream that does not hold a phrase this class could have made.
   *
   * @param in the stream
   * @throws java.io.IOException if the stream fails or holds no such phrase
   * @throws ClassNotFoundException if a class of the stream is unknown
   */
  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    boolean valid = arguments != null && (template == null
        ? arguments.length == 1 && arguments[0] instanceof String
        : arguments.length == template.arity);
    for (int i = 0; valid && i < arguments.length; i++) {
      Object argument = arguments[i];
      valid = argument instanceof String || argument instanceof Phrase || argument instanceof CodedEnum;
    }
    if (!valid) {
      throw new java.io.InvalidObjectException("not a phrase");
    }
  }

  private static String render(Object argument, Locale locale) {
    if (argument instanceof Phrase) {
      return ((Phrase) argument).text(locale);
    }
    if (argument instanceof CodedEnum) {
      return ((CodedEnum) argument).label(locale);
    }
    return String.valueOf(argument);
  }

  /**
   * The phrase in English.
   *
   * @return {@code text(Locale.ENGLISH)}
   */
  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Phrase
        && Objects.equals(template, ((Phrase) other).template)
        && Arrays.equals(arguments, ((Phrase) other).arguments);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(template) + Arrays.hashCode(arguments);
  }

  /**
   * A phrase with arguments to come, in each of the four languages: make one with
   * {@link Phrase#template}, keep it in a constant, and fill it with {@link #with}. Immutable and
   * thread-safe; equality is by value.
   */
  public static final class Template implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The patterns in English, Italian, French and Spanish. */
    private final List<String> patterns;
    /** How many arguments the patterns name: one more than the highest {@code {n}}. */
    private final int arity;

    private Template(String english, String italian, String french, String spanish) {
      this.patterns = List.of(english, italian, french, spanish);
      int arity = 0;
      for (String pattern : patterns) {
        for (int i = pattern.indexOf('{'); i >= 0 && i + 2 < pattern.length(); i = pattern.indexOf('{', i + 1)) {
          if (Character.isDigit(pattern.charAt(i + 1)) && pattern.charAt(i + 2) == '}') {
            arity = Math.max(arity, pattern.charAt(i + 1) - '0' + 1);
          }
        }
      }
      this.arity = arity;
    }

    /**
     * The phrase with its arguments.
     *
     * @param arguments one for each of {@code {0}} to the highest {@code {n}} the template names
     * @return the phrase
     * @throws IllegalArgumentException if the count of arguments is not the template's
     */
    public Phrase with(Object... arguments) {
      if (arguments.length != arity) {
        throw new IllegalArgumentException(
            "the template " + patterns.get(0) + " takes " + arity + " arguments, given " + arguments.length);
      }
      Object[] kept = new Object[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        kept[i] = kept(Objects.requireNonNull(arguments[i], "argument"));
      }
      return new Phrase(this, kept);
    }

    /**
     * An argument as the phrase keeps it: a phrase or a code as it is, anything else as its text
     * now, so that a phrase stays immutable and serializable whatever it was given.
     */
    private static Object kept(Object argument) {
      return argument instanceof Phrase || argument instanceof CodedEnum ? argument : String.valueOf(argument);
    }

    /** The pattern in a language, English for other languages. */
    String pattern(Locale locale) {
      switch (locale.getLanguage()) {
        case "it": return patterns.get(1);
        case "fr": return patterns.get(2);
        case "es": return patterns.get(3);
        default: return patterns.get(0);
      }
    }

    /**
     * A template read from a stream is made again from its patterns, which fix its arity.
     *
     * @return the template
     * @throws java.io.ObjectStreamException if the stream holds no four patterns
     */
    private Object readResolve() throws java.io.ObjectStreamException {
      boolean valid = patterns != null && patterns.size() == 4;
      for (int i = 0; valid && i < 4; i++) {
        valid = patterns.get(i) instanceof String;
      }
      if (!valid) {
        throw new java.io.InvalidObjectException("not a template");
      }
      return new Template(patterns.get(0), patterns.get(1), patterns.get(2), patterns.get(3));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Template && patterns.equals(((Template) other).patterns);
    }

    @Override
    public int hashCode() {
      return patterns.hashCode();
    }

    /**
     * The template's English pattern.
     *
     * @return the pattern, such as {@code the property "{0}" in {1}}
     */
    @Override
    public String toString() {
      return patterns.get(0);
    }
  }
}
