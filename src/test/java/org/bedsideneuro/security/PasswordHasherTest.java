package org.bedsideneuro.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    @Test
    void hashesWithArgon2idAtOwaspsMinimumAndKeepsTheParameters() {
        PasswordHash h = new PasswordHasher().hash("correct horse".toCharArray());
        assertThat(h.algorithm()).isEqualTo("argon2id");
        assertThat(h.version()).isEqualTo(0x13);
        assertThat(h.memoryKib()).isGreaterThanOrEqualTo(19 * 1024);
        assertThat(h.iterations()).isGreaterThanOrEqualTo(2);
        assertThat(h.parallelism()).isGreaterThanOrEqualTo(1);
        assertThat(PasswordHasher.verify("correct horse".toCharArray(), h)).isTrue();
        assertThat(PasswordHasher.verify("correct horsE".toCharArray(), h)).isFalse();
        assertThat(h.toString()).doesNotContain(h.salt()).doesNotContain(h.hash()).doesNotContain("correct horse");
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        PasswordHasher hasher = new PasswordHasher();
        assertThat(hasher.hash("same password".toCharArray()).hash()).isNotEqualTo(hasher.hash("same password".toCharArray()).hash());
    }

    @Test
    void weakerParametersAreRefusedBothForNewAndStoredHashes() {
        assertThatThrownBy(() -> new PasswordHasher(4096, 2, 1)).hasMessageContaining("OWASP");
        PasswordHash strong = new PasswordHasher().hash("a good password".toCharArray());
        PasswordHash lowered = new PasswordHash(strong.algorithm(), strong.version(), 1024, 1, 1, strong.salt(), strong.hash());
        assertThat(PasswordHasher.verify("a good password".toCharArray(), lowered)).isFalse();
    }

    @Test
    void aRefusedPasswordIsNotInTheMessage() {
        assertThatThrownBy(() -> new PasswordHasher().hash("short".toCharArray()))
                .hasMessageContaining("at least 8").hasMessageNotContaining("short");
    }

    @Test
    void wipeOverwritesThePassword() {
        char[] p = "secret-password".toCharArray();
        PasswordHasher.wipe(p);
        assertThat(new String(p)).doesNotContain("secret");
    }
}
