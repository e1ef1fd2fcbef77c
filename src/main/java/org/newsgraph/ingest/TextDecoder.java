package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into text without guessing silently: strict UTF-8 first, then windows-1252
 * (a superset of latin-1, what older news archives use) for bytes that are not UTF-8 but look
 * like text. Bytes with NULs or many control characters are binary and get no text at all.
 */
public final class TextDecoder {
  private TextDecoder() {}

  public static final String UTF_8 = "UTF-8";
  public static final String WINDOWS_1252 = "windows-1252";
  private static final Charset CP1252 = Charset.forName(WINDOWS_1252);

  /** Decoded text and the encoding it was read with. */
  public record Decoded(String text, String encoding) {}

  /** Returns null when the bytes are binary. */
  public static Decoded decode(byte[] bytes, int offset, int length) {
    int start = offset;
    int len = length;
    if (len >= 3 && (bytes[start] & 0xFF) == 0xEF && (bytes[start + 1] & 0xFF) == 0xBB
        && (bytes[start + 2] & 0xFF) == 0xBF) {
      start += 3;
      len -= 3;
    }
    if (looksBinary(bytes, start, len)) {
      return null;
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes, start, len));
      return new Decoded(chars.toString(), UTF_8);
    } catch (CharacterCodingException notUtf8) {
      return new Decoded(new String(bytes, start, len, CP1252), WINDOWS_1252);
    }
  }

  public static Decoded decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  /**
   * True when the bytes are valid UTF-8; a sequence cut off at the end is allowed when the bytes
   * are only the start of a longer file ({@code truncated}).
   */
  public static boolean isUtf8Prefix(byte[] bytes, boolean truncated) {
    int len = bytes.length;
    if (truncated) {
      // Step back over at most 3 trailing bytes of an incomplete multi-byte sequence.
      int back = 0;
      while (back < 3 && back < len && (bytes[len - 1 - back] & 0xC0) == 0x80) {
        back++;
      }
      if (back < len && (bytes[len - 1 - back] & 0xC0) == 0xC0) {
        len = len - 1 - back;
      }
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      utf8.decode(ByteBuffer.wrap(bytes, 0, len));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** NUL bytes, or more than 1% C0 control characters other than tab, CR, LF, FF and ESC. */
  static boolean looksBinary(byte[] bytes, int offset, int length) {
    int controls = 0;
    for (int i = offset; i < offset + length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    return controls > Math.max(2, length / 100);
  }
}
