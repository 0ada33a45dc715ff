package org.migov.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords the messages of another library, such as a parser's, as {@link Phrase phrases}: each
 * message stays as it is in English and gets migov's words in Italian, French and Spanish, chosen
 * by the first regular expression found in it. A message no expression finds keeps its English
 * words after a translated lead ({@link Builder#otherwise}). In the templates {@code {0}} is the
 * whole message and {@code {1}}, {@code {2}}... the expression's groups. Meant for error paths:
 * the expressions run only on a message being reworded.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Rewording {
  /** The kinds of message, the first that matches wins; the last matches every message. */
  private final List<Kind> kinds;

  private Rewording(List<Kind> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  /**
   * Starts a rewording.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A message as a phrase.
   *
   * @param message the message, as the other library gives it
   * @return the phrase: the message itself in English, migov's words in the other languages
   */
  public Phrase of(String message) {
    String text = String.valueOf(message);
    for (Kind kind : kinds) {
      Matcher matcher = kind.pattern.matcher(text);
      if (matcher.find()) {
        Object[] arguments = new Object[1 + matcher.groupCount()];
        arguments[0] = text;
        for (int group = 1; group <= matcher.groupCount(); group++) {
          arguments[group] = kind.group.apply(matcher.group(group));
        }
        return kind.template.with(arguments);
      }
    }
    throw new AssertionError("the last kind matches every message");
  }

  /** A kind of message: its pattern, how a group is written, and its template. */
  private static final class Kind {
    final Pattern pattern;
    final UnaryOperator<String> group;
    final Phrase.Template template;

    Kind(Pattern pattern, UnaryOperator<String> group, Phrase.Template template) {
      this.pattern = pattern;
      this.group = group;
      this.template = template;
    }
  }

  /** Builds a {@link Rewording}, the more specific expressions first. Not thread-safe. */
  public static final class Builder {
    private final List<Kind> kinds = new ArrayList<>();

    private Builder() {}

    /**
     * Rewords the messages in which an expression is found.
     *
     * @param regex the regular expression, found anywhere in the message unless anchored
     * @param italian the Italian template
     * @param french the French template
     * @param spanish the Spanish template
     * @return this builder
     * @throws IllegalArgumentException if the last group the templates name is not the expression's last
     */
    public Builder add(String regex, String italian, String french, String spanish) {
      return add(regex, UnaryOperator.identity(), italian, french, spanish);
    }

    /**
     * Rewords the messages in which an expression is found, each group written by a function (a
     * character code as {@code U+XXXX}, say).
     *
     * @param regex the regular expression, found anywhere in the message unless anchored
     * @param group how a group is written in the phrase
     * @param italian the Italian template
     * @param french the French template
     * @param spanish the Spanish template
     * @return this builder
     * @throws IllegalArgumentException if the last group the templates name is not the expression's last
     */
    public Builder add(String regex, UnaryOperator<String> group, String italian, String french, String spanish) {
      Pattern pattern = Pattern.compile(regex);
      Phrase.Template template = Phrase.template("{0}", italian, french, spanish);
      Object[] probe = new Object[1 + pattern.matcher("").groupCount()];
      java.util.Arrays.fill(probe, "");
      template.with(probe);
      kinds.add(new Kind(pattern, Objects.requireNonNull(group, "group"), template));
      return this;
    }

    /**
     * The lead of a message no expression finds, followed by the message itself: {@code {0}}.
     *
     * @param italian the Italian template, such as {@code errore del parser XML: {0}}
     * @param french the French template
     * @param spanish the Spanish template
     * @return the rewording
     */
    public Rewording otherwise(String italian, String french, String spanish) {
      kinds.add(new Kind(Pattern.compile(""), UnaryOperator.identity(), Phrase.template("{0}", italian, french, spanish)));
      return new Rewording(kinds);
    }
  }
}
