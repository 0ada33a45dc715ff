package org.migov.iati;

import java.util.Locale;
import org.migov.core.text.Phrase;
import org.migov.core.text.Rewording;

/**
 * Why the XML parser, or migov's reading of the bytes under it, refused a file, as a phrase: the
 * message as it is in English, migov's words for it in Italian, French and Spanish. A message
 * migov does not know keeps its English words after a translated lead. Used only once a file has
 * failed, so its regular expressions never run on a file that reads. Immutable and thread-safe.
 */
final class XmlReason {
  private XmlReason() {}

  /** The kinds of message, the more specific first; each is found in the parser's own words. */
  private static final Rewording KINDS = Rewording.builder()
      .add("^Premature end of file",
          "il file finisce prima del previsto", "le fichier se termine trop tôt", "el archivo termina antes de lo previsto")
      .add("^XML document structures must start and end within the same entity",
          "il file finisce prima di chiudere i suoi elementi", "le fichier se termine avant de fermer ses éléments",
          "el archivo termina antes de cerrar sus elementos")
      .add("^Content is not allowed in prolog",
          "contenuto prima dell'elemento radice, dove non è ammesso", "du contenu avant l'élément racine, où il est interdit",
          "contenido antes del elemento raíz, donde no se admite")
      .add("^(?:Content is not allowed in trailing section|The markup in the document following the root element)",
          "contenuto dopo l'elemento radice", "du contenu après l'élément racine", "contenido después del elemento raíz")
      .add("^The element type \"(.+?)\" must be terminated by the matching end-tag",
          "l'elemento \"{1}\" senza il suo tag di chiusura", "l'élément \"{1}\" sans sa balise de fin",
          "el elemento \"{1}\" sin su etiqueta de cierre")
      .add("^Open quote is expected for attribute \"(.+?)\"",
          "il valore dell'attributo \"{1}\" senza virgolette", "la valeur de l'attribut \"{1}\" sans guillemets",
          "el valor del atributo \"{1}\" sin comillas")
      .add("#Attribute(?:NS)?NotUnique\\?[^&]*&([^&\\s]+)",
          "l'attributo \"{1}\" ripetuto", "l'attribut \"{1}\" répété", "el atributo \"{1}\" repetido")
      .add("#ElementPrefixUnbound\\?[^&]*&([^&\\s]+)",
          "l'elemento \"{1}\", il cui prefisso non è dichiarato", "l'élément \"{1}\", dont le préfixe n'est pas déclaré",
          "el elemento \"{1}\", cuyo prefijo no está declarado")
      .add("^The entity \"(.+?)\" was referenced, but not declared",
          "l'entità non dichiarata &{1};", "l'entité non déclarée &{1};", "la entidad no declarada &{1};")
      .add("^The content of elements must consist of well-formed character data or markup",
          "nel contenuto di un elemento, un '<' che non apre un markup ben formato",
          "dans le contenu d'un élément, un '<' qui n'ouvre pas un balisage bien formé",
          "en el contenido de un elemento, un '<' que no abre un marcado bien formado")
      .add("^The processing instruction target matching \"\\[xX\\]\\[mM\\]\\[lL\\]\" is not allowed",
          "una dichiarazione XML che non è all'inizio del file", "une déclaration XML qui n'est pas au début du fichier",
          "una declaración XML que no está al principio del archivo")
      .add("^An invalid XML character \\(Unicode: 0x([0-9a-fA-F]{1,6})\\)", XmlReason::codePoint,
          "il carattere U+{1}, che XML 1.0 non ammette", "le caractère U+{1}, que XML 1.0 n'admet pas",
          "el carácter U+{1}, que XML 1.0 no admite")
      .add("^Character reference \"&#(.{1,12}?)\" is an invalid XML character",
          "il riferimento &#{1}; a un carattere che XML 1.0 non ammette",
          "la référence &#{1}; à un caractère que XML 1.0 n'admet pas",
          "la referencia &#{1}; a un carácter que XML 1.0 no admite")
      .add("bytes that are not (\\S+) text, at byte (\\d+) of the file",
          "byte che non sono testo {1}, dal byte {2} del file", "des octets qui ne sont pas du texte {1}, à l'octet {2} du fichier",
          "bytes que no son texto {1}, en el byte {2} del archivo")
      .add("bytes that are not (\\S+) text: the file ends inside a character",
          "byte che non sono testo {1}: il file finisce dentro un carattere",
          "des octets qui ne sont pas du texte {1} : le fichier se termine au milieu d'un caractère",
          "bytes que no son texto {1}: el archivo termina dentro de un carácter")
      .add("bytes that are not (\\S+) text",
          "byte che non sono testo {1}", "des octets qui ne sont pas du texte {1}", "bytes que no son texto {1}")
      .add("narratives of one language longer than (\\d+) chars together",
          "narrative di una stessa lingua lunghe in tutto più di {1} caratteri",
          "des narratives d'une même langue de plus de {1} caractères en tout",
          "narrativas de un mismo idioma de más de {1} caracteres en total")
      .add("a text longer than (\\d+) chars",
          "un testo di più di {1} caratteri", "un texte de plus de {1} caractères", "un texto de más de {1} caracteres")
      .add("elements nested deeper than (\\d+)",
          "elementi annidati oltre {1} livelli", "des éléments imbriqués sur plus de {1} niveaux",
          "elementos anidados en más de {1} niveles")
      .add("a DTD or an entity reference \\(refused\\)",
          "una DTD o un riferimento a entità (rifiutati)", "une DTD ou une référence d'entité (refusées)",
          "una DTD o una referencia a entidad (rechazadas)")
      .add("an activity of more than (\\d+) bytes of XML",
          "un'attività di più di {1} byte di XML (leggila con retainingUnmapped(false))",
          "une activité de plus de {1} octets de XML (lisez-la avec retainingUnmapped(false))",
          "una actividad de más de {1} bytes de XML (léala con retainingUnmapped(false))")
      .add("input the XML parser fails on \\((\\w+)\\)",
          "un input su cui il parser XML fallisce ({1})", "une entrée sur laquelle l'analyseur XML échoue ({1})",
          "una entrada en la que el analizador XML falla ({1})")
      .otherwise("errore del parser XML: {0}", "erreur de l'analyseur XML : {0}", "error del analizador XML: {0}");

  /**
   * The phrase for a message of the XML parser's, or of an exception under it.
   *
   * @param message the message, as the exception gives it
   * @return the phrase: the message itself in English
   */
  static Phrase of(String message) {
    String text = String.valueOf(message);
    int said = text.indexOf("Message: ");
    Phrase reason = KINDS.of(said >= 0 ? text.substring(said + "Message: ".length()) : text);
    return said >= 0 ? WHOLE.with(text, reason) : reason;
  }

  /** The parser's whole message in English (with its "ParseError at" lead), the reason in the others. */
  private static final Phrase.Template WHOLE = Phrase.template("{0}", "{1}", "{1}", "{1}");

  /** A character code in hexadecimal, as the parser gives it, written as the hexadecimal of U+XXXX. */
  private static String codePoint(String hexadecimal) {
    return String.format(Locale.ROOT, "%04X", Integer.parseInt(hexadecimal, 16));
  }
}
