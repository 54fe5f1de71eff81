package org.bedsideneuro.security;

import java.util.Objects;

/**
 * One stored Argon2id hash with the parameters that made it (algorithm, version, memory in KiB, passes, lanes,
 * salt and hash in base64). {@link #toString()} shows the parameters only, never salt or hash.
 */
public record PasswordHash(String algorithm, int version, int memoryKib, int iterations, int parallelism, String salt, String hash) {
    public PasswordHash {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
    }

    @Override
    public String toString() {
        return algorithm + " v=" + version + " m=" + memoryKib + " t=" + iterations + " p=" + parallelism;
    }
}
