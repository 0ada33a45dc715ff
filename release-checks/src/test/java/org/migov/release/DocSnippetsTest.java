package org.migov.release;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet of the README and of docs/*.md compiles against migov's modules, as a
 * newcomer would paste it: a snippet that declares a class is compiled as it is; one of
 * statements is wrapped in a method, its imports kept on top; a statement snippet with no imports
 * of its own continues the one before it on the page. A snippet under an {@code <!-- example: -->}
 * marker is its module's own to check: that module's test runs it (docs/iati.md's, IatiDocTest).
 */
class DocSnippetsTest {
  private static final Path ROOT = Path.of(System.getProperty("migov.root", ".."));
  private static final Pattern BLOCK = Pattern.compile("(<!-- example: [^>]*-->\\n)?```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("(?m)^(?:public |final |abstract )*(?:class|record|interface) (\\w+)");

  static Stream<Arguments> snippets() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(path -> path.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<Arguments> snippets = new ArrayList<>();
    for (Path doc : docs) {
      Matcher block = BLOCK.matcher(Files.readString(doc));
      String name = ROOT.relativize(doc).toString();
      String previous = null;
      int n = 0;
      while (block.find()) {
        n++;
        if (block.group(1) != null) {
          continue;
        }
        String snippet = block.group(2);
        boolean statements = !CLASS.matcher(snippet).find();
        if (statements && previous != null && !snippet.contains("import ")) {
          snippet = previous + snippet;
        }
        previous = statements ? snippet : null;
        snippets.add(Arguments.of(name + " #" + n, snippet));
      }
    }
    return snippets.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void compiles(String where, String snippet) throws IOException {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : snippet.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    Matcher declared = CLASS.matcher(body);
    String name = declared.find() ? declared.group(1) : "Snippet";
    String source = name.equals("Snippet")
        ? imports + "class Snippet {\n  void snippet() throws Exception {\n" + body + "  }\n}\n"
        : imports.toString() + body;
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createTempDirectory("snippet");
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
      JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      boolean compiled = compiler.getTask(null, files, diagnostics,
          List.of("-proc:none", "-d", out.toString(), "-classpath", System.getProperty("java.class.path")), null, List.of(file)).call();
      StringBuilder errors = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.append("\n  line ").append(d.getLineNumber()).append(": ").append(d.getMessage(null));
        }
      }
      assertTrue(compiled, where + " does not compile:" + errors);
    }
  }
}
