package org.bedsideneuro.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No inline fully qualified type names in code where an import does: a reader sees a class's dependencies in its
 * imports. Spotless keeps the imports in order and Checkstyle the order of members (pom.xml, .ci/checkstyle.xml); this
 * is the one rule neither has. A name stays qualified only where its simple name already means another type in the
 * file (two {@code Patient}s, say).
 */
class SourceStyleTest {
    private static final Pattern QUALIFIED =
            Pattern.compile("(?<![\\w.])((?:java|javax|javafx|org|com)(?:\\.[a-z_]\\w*)+)\\.([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)\\.(\\w+|\\*);");
    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^(?:package|import)\\s.*;[ \\t]*$");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");

    @Test
    void noSourceFileQualifiesATypeAnImportWouldName() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Set<String> besideIt = typesBeside(file);
                    for (String name : inlineNames(Files.readString(file, StandardCharsets.UTF_8), besideIt)) {
                        found.add(file + ": " + name);
                    }
                }
            }
        }
        assertThat(found).as("inline qualified names: import them").isEmpty();
    }

    @Test
    void findsAQualifiedNameInCodeButNotInStringsCommentsOrImports() {
        String source = """
                package a;

                import java.util.Map;

                /** Uses java.util.List in a comment. */
                class B {
                    java.util.List<String> names = new java.util.ArrayList<>(); // java.util.Set
                    String text = "java.util.Set";
                }
                """;
        assertThat(inlineNames(source, Set.of())).containsExactly("java.util.List", "java.util.ArrayList");
    }

    @Test
    void keepsAQualifiedNameWhoseSimpleNameMeansAnotherTypeHere() {
        String imported = """
                package a;

                import org.bedsideneuro.domain.patient.Patient;

                class B {
                    org.hl7.fhir.r4.model.Patient resource;
                }
                """;
        String twoInCode = """
                package a;

                class B {
                    java.time.Duration wait;
                    javafx.util.Duration fade;
                }
                """;
        assertThat(inlineNames(imported, Set.of())).isEmpty();
        assertThat(inlineNames(twoInCode, Set.of())).isEmpty();
        assertThat(inlineNames("package a;\nclass B { org.x.Label l; }", Set.of("Label"))).isEmpty();
    }

    /** The qualified type names in {@code source}'s code that an import could replace. */
    static List<String> inlineNames(String source, Set<String> typesBeside) {
        String code = codeOnly(source);
        int headerEnd = 0;
        for (Matcher header = HEADER_LINE.matcher(source); header.find(); ) {
            headerEnd = header.end();
        }
        Map<String, String> imported = new HashMap<>();
        for (Matcher m = IMPORT.matcher(source); m.find(); ) {
            imported.put(m.group(2), m.group(1) + "." + m.group(2));
        }
        Set<String> declared = new HashSet<>(typesBeside);
        for (Matcher m = DECLARED.matcher(code); m.find(); ) {
            declared.add(m.group(1));
        }
        Map<String, Set<String>> bySimpleName = new HashMap<>();
        List<String[]> uses = new ArrayList<>();
        for (Matcher m = QUALIFIED.matcher(code).region(headerEnd, code.length()); m.find(); ) {
            bySimpleName.computeIfAbsent(m.group(2), k -> new HashSet<>()).add(m.group(1));
            uses.add(new String[] {m.group(1), m.group(2)});
        }
        List<String> found = new ArrayList<>();
        for (String[] use : uses) {
            String simple = use[1];
            String full = use[0] + "." + simple;
            boolean clash = bySimpleName.get(simple).size() > 1
                    || (imported.containsKey(simple) && !imported.get(simple).equals(full))
                    || declared.contains(simple);
            if (!clash) {
                found.add(full);
            }
        }
        return found;
    }

    /** {@code source} with comments, strings and character literals blanked, every offset kept. */
    private static String codeOnly(String source) {
        char[] out = source.toCharArray();
        int i = 0;
        int n = out.length;
        while (i < n) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
            } else if (out[i] == '"' || out[i] == '\'') {
                char quote = out[i];
                end = i + 1;
                while (end < n && source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (out[k] != '\n') {
                    out[k] = ' ';
                }
            }
            i = end;
        }
        return new String(out);
    }

    /** The types of {@code file}'s own package: a simple name there means that type, not an import. */
    private static Set<String> typesBeside(Path file) throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> beside = Files.list(file.getParent())) {
            beside.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".java"))
                    .forEach(f -> names.add(f.substring(0, f.length() - 5)));
        }
        return names;
    }
}
