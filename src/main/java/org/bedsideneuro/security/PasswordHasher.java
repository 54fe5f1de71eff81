package org.bedsideneuro.security;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) through Bouncy Castle. The defaults are OWASP's minimum for Argon2id: 19 MiB of memory,
 * 2 passes, 1 lane (36 ms a hash on the ward's laptops, shared/engineering-notes.md). Hashes made with weaker
 * parameters are refused, so a tampered row cannot lower the cost of guessing.
 */
public final class PasswordHasher {
    public static final String ALGORITHM = "argon2id";
    public static final int MIN_MEMORY_KIB = 19 * 1024;
    public static final int MIN_ITERATIONS = 2;
    public static final int MIN_PARALLELISM = 1;
    /** Shortest password accepted; NIST SP 800-63B asks for at least 8 characters. */
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;

    public PasswordHasher() {
        this(MIN_MEMORY_KIB, MIN_ITERATIONS, MIN_PARALLELISM);
    }

    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        if (memoryKib < MIN_MEMORY_KIB || iterations < MIN_ITERATIONS || parallelism < MIN_PARALLELISM) {
            throw new IllegalArgumentException("Argon2id parameters below OWASP's minimum (m=19456 KiB, t=2, p=1)");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /** Refuses a password too short or blank; the message never contains the password. */
    public static void checkAcceptable(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("Password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        boolean blank = true;
        for (char c : password) {
            blank &= Character.isWhitespace(c);
        }
        if (blank) {
            throw new IllegalArgumentException("Password: must not be blank");
        }
    }

    /** A new hash with a fresh random salt. The caller wipes {@code password}. */
    public PasswordHash hash(char[] password) {
        checkAcceptable(password);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, Argon2Parameters.ARGON2_VERSION_13, memoryKib, iterations, parallelism, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder();
        return new PasswordHash(ALGORITHM, Argon2Parameters.ARGON2_VERSION_13, memoryKib, iterations, parallelism,
                b64.encodeToString(salt), b64.encodeToString(out));
    }

    /** True when {@code password} matches; compared in constant time. The caller wipes {@code password}. */
    public static boolean verify(char[] password, PasswordHash stored) {
        if (password == null || !ALGORITHM.equals(stored.algorithm()) || stored.memoryKib() < MIN_MEMORY_KIB
                || stored.iterations() < MIN_ITERATIONS || stored.parallelism() < MIN_PARALLELISM) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(stored.hash());
        byte[] actual = derive(password, Base64.getDecoder().decode(stored.salt()), stored.version(), stored.memoryKib(),
                stored.iterations(), stored.parallelism(), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int version, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(version).withSalt(salt).withMemoryAsKB(memoryKib).withIterations(iterations)
                .withParallelism(parallelism).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] utf8 = toUtf8(password);
        try {
            byte[] out = new byte[length];
            generator.generateBytes(utf8, out);
            return out;
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    private static byte[] toUtf8(char[] password) {
        var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }

    /** Overwrites a password once it is no longer needed. */
    public static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
