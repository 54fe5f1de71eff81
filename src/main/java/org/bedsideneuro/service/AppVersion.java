package org.bedsideneuro.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, written into the jar by Maven resource filtering. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/bedsideneuro/app/version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
