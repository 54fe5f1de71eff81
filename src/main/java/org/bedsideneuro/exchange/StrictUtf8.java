package org.bedsideneuro.exchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a file's bytes as UTF-8 and refuses anything else. shared/exchange-format.md says files are UTF-8; a
 * spreadsheet saved as Latin-1 would otherwise turn "Żółć" into mojibake that looks valid and is stored for good.
 */
final class StrictUtf8 {
    private static final char BOM = '\uFEFF';

    private StrictUtf8() {
    }

    /** The decoded text without a leading byte order mark, or the 1-based line of the first byte that is not UTF-8. */
    static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, lineOfByte(bytes, in.position()));
        }
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1); // Excel writes a BOM into "CSV UTF-8" files; it is not part of the first column name
        }
        return new Decoded(text, 0);
    }

    /** In UTF-8 a newline byte is never part of another character, so counting them up to the bad byte gives its line. */
    private static long lineOfByte(byte[] bytes, int position) {
        long line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++; // CRLF, LF and a lone CR each end a line, as in LineIndex
            }
        }
        return line;
    }

    /** Either the text, or the line of the first invalid byte. */
    record Decoded(String text, long badLine) {
        Optional<String> optionalText() {
            return Optional.ofNullable(text);
        }
    }
}
