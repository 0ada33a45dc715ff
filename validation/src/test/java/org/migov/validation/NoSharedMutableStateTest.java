package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migov.core.dataset.Dataset;
import org.migov.json.MigovJson;

/**
 * Reads every class of migov-core, migov-json and migov-validation and checks that none holds
 * state a thread could change under another: no static field that is not final, no static final
 * array or mutable collection, and no field that is not final outside the objects meant for one
 * thread at a time (builders, readers, writers, iterators), which say so in their Javadoc.
 */
class NoSharedMutableStateTest {
  /**
   * The fields the rules below would flag, each safe for a reason: caches of pure functions in
   * concurrent maps (whatever the interleaving, every caller gets the same answer), lazily
   * initialised values published through a volatile field under a lock, and private arrays that
   * are filled when the class is initialised and never written or handed out afterwards.
   */
  private static final Map<String, String> SAFE = Map.of(
      "org.migov.core.text.MultilingualText.CANONICAL_TAGS", "bounded memo: language tag to its canonical form",
      "org.migov.validation.Messages.BY_LANGUAGE", "memo: language to its loaded message bundles",
      "org.migov.core.geography.M49Table.instance", "volatile, set once under a lock (double-checked)",
      "org.migov.core.dataset.ImmutableDataset.index", "Immutables @Value.Lazy: set once under a lock, published by lazyInitBitmap",
      "org.migov.core.dataset.ImmutableDataset.lazyInitBitmap", "Immutables @Value.Lazy: volatile",
      "org.migov.core.geography.M49Table.REGION_COLUMNS", "private array, read only after class initialisation",
      "org.migov.core.taxonomy.GcmObjective.VALUES", "private copy of values(), read only, never handed out",
      "org.migov.core.programme.ImmutableBudget.initShim", "Immutables: used inside the constructor only, then set to null");

  /** Objects for one thread at a time, by name: their Javadoc says so. */
  private static boolean isForOneThread(Class<?> type) {
    String name = type.getName();
    return name.contains("Builder")
        || name.endsWith("$InitShim") // Immutables: computes @Value.Default attributes inside one constructor call
        || name.endsWith("Reader")
        || name.endsWith("Writer")
        || name.contains("Reader$")
        || name.contains("Writer$")
        || name.equals("org.migov.json.MigovJson$1"); // the iterator readJsonLines returns
  }

  @Test
  void noClassHoldsMutableStateOthersCouldShare() {
    List<Class<?>> classes = new ArrayList<>();
    classes.addAll(classesBeside(Dataset.class, "org.migov.core"));
    classes.addAll(classesBeside(MigovJson.class, "org.migov.json"));
    classes.addAll(classesBeside(MigovValidator.class, "org.migov.validation"));
    assertTrue(classes.size() > 120, classes.size() + " classes read");

    List<String> problems = new ArrayList<>();
    for (Class<?> type : classes) {
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        String where = type.getName() + "." + field.getName();
        if (field.isSynthetic() || SAFE.containsKey(where)) {
          continue;
        }
        if (Modifier.isStatic(modifiers)) {
          if (!Modifier.isFinal(modifiers)) {
            problems.add(where + ": static and not final");
          } else if (isMutableContainer(staticValue(field))) {
            problems.add(where + ": a static mutable " + staticValue(field).getClass().getName());
          }
        } else if (!Modifier.isFinal(modifiers) && !isForOneThread(type)) {
          problems.add(where + ": not final");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theSafeFieldsAreWhatTheySay() throws ReflectiveOperationException {
    for (String where : SAFE.keySet()) {
      int dot = where.lastIndexOf('.');
      Field field = Class.forName(where.substring(0, dot)).getDeclaredField(where.substring(dot + 1));
      int modifiers = field.getModifiers();
      if (SAFE.get(where).startsWith("memo")  || SAFE.get(where).startsWith("bounded memo")) {
        assertTrue(Modifier.isFinal(modifiers) && staticValue(field) instanceof ConcurrentMap, where);
      } else if (SAFE.get(where).startsWith("private array")) {
        assertTrue(Modifier.isPrivate(modifiers) && Modifier.isFinal(modifiers) && field.getType().isArray(), where);
      } else if (field.getName().equals("lazyInitBitmap") || field.getName().equals("instance")) {
        assertTrue(Modifier.isVolatile(modifiers), where);
      } else {
        assertTrue(Modifier.isPrivate(modifiers), where);
      }
    }
  }

  private static boolean isMutableContainer(Object value) {
    if (value == null) {
      return false;
    }
    if (value.getClass().isArray()) {
      return java.lang.reflect.Array.getLength(value) > 0;
    }
    if (!(value instanceof Collection) && !(value instanceof Map)) {
      return false;
    }
    String name = value.getClass().getName();
    return !(name.startsWith("java.util.Collections$Unmodifiable")
        || name.startsWith("java.util.ImmutableCollections$")
        || name.startsWith("java.util.Collections$Empty")
        || name.startsWith("java.util.Collections$Singleton"));
  }

  private static Object staticValue(Field field) {
    try {
      field.setAccessible(true);
      return field.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new AssertionError("cannot read " + field, e);
    }
  }

  /** Every class compiled into the same output (folder or jar) as {@code anchor}, in a package. */
  private static List<Class<?>> classesBeside(Class<?> anchor, String packagePrefix) {
    try {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names;
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          names = files.map(root::relativize).map(Path::toString).collect(Collectors.toList());
        }
      } else {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
          names = jar.stream().map(java.util.jar.JarEntry::getName).collect(Collectors.toList());
        }
      }
      List<Class<?>> classes = new ArrayList<>();
      for (String file : names) {
        String name = file.replace('\\', '/');
        if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        if (className.startsWith(packagePrefix)) {
          classes.add(Class.forName(className, false, anchor.getClassLoader()));
        }
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
