package org.bedsideneuro.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * This JVM's class path with every folder packed into a jar. Class-data sharing on JDK 17 refuses a non-empty folder
 * on the class path ("Cannot have non-empty directory in paths"), and the test class path has two (target/classes,
 * target/test-classes); the installed app has jars only.
 */
final class ClassPathJars {
    private ClassPathJars() {
    }

    /** The class path of this JVM, its folders packed into jars in {@code into}. */
    static String of(Path into) throws IOException {
        Files.createDirectories(into);
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = into.resolve("classpath-" + n++ + ".jar");
                pack(path, jar);
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void pack(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (p.equals(folder)) {
                    continue;
                }
                String name = folder.relativize(p).toString().replace(File.separatorChar, '/');
                if (Files.isDirectory(p)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(p, out);
                }
                out.closeEntry();
            }
        }
    }
}
