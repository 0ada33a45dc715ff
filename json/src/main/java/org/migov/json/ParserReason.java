package org.migov.json;

import java.util.Locale;
import org.migov.core.text.Phrase;
import org.migov.core.text.Rewording;

/**
 * Why the JSON parser (Jackson) refused the input, as a phrase: Jackson's own message in English,
 * migov's words for it in Italian, French and Spanish. A message migov does not know keeps
 * Jackson's English words after a translated lead. Used only once an input has failed, so its
 * regular expressions never run on valid input. Immutable and thread-safe.
 */
final class ParserReason {
  private ParserReason() {}

  /** The kinds of message, the more specific first. */
  private static final Rewording KINDS = Rewording.builder()
      .add("^Unexpected end-of-input",
          "l'input finisce prima del previsto", "l'entrée se termine trop tôt", "la entrada termina antes de lo previsto")
      .add("^Unexpected character \\('(.+?)' \\(code [^)]*\\)\\): was expecting double-quote to start (?:property|field) name",
          "il carattere '{1}' dove doveva iniziare il nome di una proprietà, tra virgolette doppie",
          "le caractère '{1}' là où devait commencer un nom de propriété, entre guillemets doubles",
          "el carácter '{1}' donde debía empezar un nombre de propiedad, entre comillas dobles")
      .add("^Unexpected character \\('(.+?)' \\(code [^)]*\\)\\): was expecting comma",
          "il carattere '{1}' dove andava una virgola tra due elementi",
          "le caractère '{1}' là où une virgule devait séparer deux éléments",
          "el carácter '{1}' donde debía ir una coma entre dos elementos")
      .add("^Unexpected character \\('(.+?)' \\(code [^)]*\\)\\): was expecting a colon",
          "il carattere '{1}' dove andavano i due punti tra nome e valore",
          "le caractère '{1}' là où un deux-points devait séparer le nom et la valeur",
          "el carácter '{1}' donde debían ir dos puntos entre el nombre y el valor")
      .add("^Unexpected character \\('/' \\(code 47\\)\\): maybe a \\(non-standard\\) comment",
          "un commento (JSON non ne ha)", "un commentaire (JSON n'en a pas)", "un comentario (JSON no los admite)")
      .add("^Unexpected character \\('(.+?)' \\(code [^)]*\\)\\)",
          "il carattere inatteso '{1}'", "le caractère inattendu '{1}'", "el carácter inesperado '{1}'")
      .add("^Unrecognized token '(.*)': was expecting",
          "il testo non riconosciuto '{1}'", "le texte non reconnu '{1}'", "el texto no reconocido '{1}'")
      .add("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)", ParserReason::codePoint,
          "il carattere di controllo U+{1} senza escape in una stringa",
          "le caractère de contrôle U+{1} sans échappement dans une chaîne",
          "el carácter de control U+{1} sin escapar en una cadena")
      .add("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)", ParserReason::codePoint,
          "il carattere di controllo U+{1} fuori da una stringa",
          "le caractère de contrôle U+{1} hors d'une chaîne",
          "el carácter de control U+{1} fuera de una cadena")
      .add("^Unrecognized character escape '(.+?)'",
          "il carattere '{1}' dopo una barra rovesciata, che non forma una sequenza di escape",
          "le caractère '{1}' après une barre oblique inverse, qui ne forme pas de séquence d'échappement",
          "el carácter '{1}' tras una barra invertida, que no forma una secuencia de escape")
      .add("^Unexpected close marker '(.+?)'",
          "la chiusura inattesa '{1}'", "la fermeture inattendue '{1}'", "el cierre inesperado '{1}'")
      .add("^Invalid numeric value: Leading zeroes not allowed",
          "un numero con uno zero iniziale", "un nombre avec un zéro initial", "un número con un cero inicial")
      .add("^Non-standard token '(.*)'",
          "il valore non standard {1}", "la valeur non standard {1}", "el valor no estándar {1}")
      .add("^Invalid UTF-8",
          "byte che non sono UTF-8 valido", "des octets qui ne sont pas de l'UTF-8 valide", "bytes que no son UTF-8 válido")
      .add("^Number value length exceeds the maximum allowed \\((\\d+)",
          "un numero di più di {1} caratteri", "un nombre de plus de {1} caractères", "un número de más de {1} caracteres")
      .add("^String value length exceeds the maximum allowed \\((\\d+)",
          "una stringa di più di {1} caratteri", "une chaîne de plus de {1} caractères", "una cadena de más de {1} caracteres")
      .add("^Name length exceeds the maximum allowed \\((\\d+)",
          "un nome di proprietà di più di {1} caratteri", "un nom de propriété de plus de {1} caractères",
          "un nombre de propiedad de más de {1} caracteres")
      .add("^Document length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)",
          "un documento più lungo del limite di {1}", "un document plus long que la limite de {1}",
          "un documento más largo que el límite de {1}")
      .add("^Invalid numeric value",
          "un numero non valido", "un nombre invalide", "un número no válido")
      .add("^Document nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+)",
          "più di {1} livelli di annidamento", "plus de {1} niveaux d'imbrication", "más de {1} niveles de anidamiento")
      .otherwise("errore del parser JSON: {0}", "erreur de l'analyseur JSON : {0}", "error del analizador JSON: {0}");

  /**
   * The phrase for a message of Jackson's.
   *
   * @param message Jackson's message, already escaped and without its source
   * @return the phrase: the message itself in English
   */
  static Phrase of(String message) {
    return KINDS.of(message);
  }

  /** A character code in decimal, as Jackson gives it, written as the hexadecimal of U+XXXX. */
  private static String codePoint(String decimal) {
    return String.format(Locale.ROOT, "%04X", Integer.parseInt(decimal));
  }
}
