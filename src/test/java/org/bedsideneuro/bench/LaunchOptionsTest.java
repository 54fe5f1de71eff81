package org.bedsideneuro.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's child JVMs must start the app as a user's launch does ("same JVM flags"): ChildJvm's
 * options equal pom.xml's app.java.options, and the installer (jpackage) and javafx:run pass the same ones.
 */
class LaunchOptionsTest {
    @Test
    void childJvmInstallerAndJavafxRunShareTheAppsJavaOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        List<String> options = List.of(property(pom, "app.java.options").trim().split("\\s+"));
        assertThat(ChildJvm.APP_JAVA_OPTIONS).isEqualTo(options);
        assertThat(property(pom, "jpackage.java.options").trim())
                .isEqualTo(String.join(" ", options.stream().map(o -> "--java-options " + o).toList()));
        assertThat(property(pom, "jpackage.common")).contains("${jpackage.java.options}");
        for (String option : options) {
            assertThat(pom).contains("<option>" + option + "</option>");
        }
    }

    /**
     * Class-data sharing: the installed launchers name the archive postinst makes, in the folder postinst
     * makes it in, and silence the JVM's messages when it is missing (a verb's output must stay clean); the benchmark
     * starts the app and the floor with the same flag, each on its own archive.
     */
    @Test
    void theInstallerNamesTheArchivePostinstMakes() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(property(pom, "jpackage.common")).contains("${jpackage.cds.options}");
        String cds = property(pom, "jpackage.cds.options");
        assertThat(cds).contains("--java-options -XX:SharedArchiveFile=$APPDIR/bedside-neuro.jsa", "--java-options -Xlog:cds=off",
                "--java-options -Xlog:cds+dynamic=off");
        assertThat(pom).contains("-XX:DumpLoadedClassList=${project.build.directory}/installer-input/bedside-neuro.classlist");
        String postinst = Files.readString(Path.of("installer/linux/postinst"));
        assertThat(postinst).contains("app_dir=/opt/bedside-neuro/lib/app", "-XX:SharedClassListFile=$app_dir/bedside-neuro.classlist",
                "DESKTOP_COMMANDS_INSTALL");
        assertThat(Files.readString(Path.of("installer/linux/prerm"))).contains("rm -f /opt/bedside-neuro/lib/app/bedside-neuro.jsa",
                "DESKTOP_COMMANDS_UNINSTALL");
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">(.*?)</" + Pattern.quote(name) + ">", Pattern.DOTALL).matcher(pom);
        assertThat(m.find()).as(name + " in pom.xml").isTrue();
        return m.group(1);
    }
}
