package dev.rvcm.reports.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A UTF-8 byte buffer in front of an {@link OutputStream} with the few formatting primitives that
 * million-line listings need, none of which allocates for ASCII text: fixed-width hex, decimal,
 * padding.
 */
public final class TextSink {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int CAPACITY = 1 << 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[CAPACITY];
    private int length;

    public TextSink(OutputStream out) {
        this.out = out;
    }

    public TextSink append(String text) {
        int n = text.length();
        if (n > CAPACITY - length) {
            flushBuffer();
            if (n > CAPACITY) {
                write(text.getBytes(StandardCharsets.UTF_8));
                return this;
            }
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return appendEncoded(text);
            }
            buffer[length + i] = (byte) c;
        }
        length += n;
        return this;
    }

    private TextSink appendEncoded(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > CAPACITY - length) {
            flushBuffer();
        }
        if (bytes.length > CAPACITY) {
            write(bytes);
        } else {
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }
        return this;
    }

    /** Appends bytes that are already UTF-8. */
    public TextSink append(byte[] utf8) {
        int n = utf8.length;
        if (n > CAPACITY - length) {
            flushBuffer();
            if (n > CAPACITY) {
                write(utf8);
                return this;
            }
        }
        System.arraycopy(utf8, 0, buffer, length, n);
        length += n;
        return this;
    }

    /** Appends characters (as {@code StringBuilder} contents) without copying them first when they are ASCII. */
    public TextSink append(CharSequence text) {
        int n = text.length();
        if (n > CAPACITY - length) {
            flushBuffer();
            if (n > CAPACITY) {
                return append(text.toString());
            }
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return appendEncoded(text.toString());
            }
            buffer[length + i] = (byte) c;
        }
        length += n;
        return this;
    }

    /** Appends an ASCII character. */
    public TextSink append(char c) {
        ensure(1);
        buffer[length++] = (byte) c;
        return this;
    }

    /** Appends {@code text} padded with blanks to at least {@code width} characters. */
    public TextSink padded(String text, int width) {
        append(text);
        return spaces(width - text.length());
    }

    public TextSink spaces(int count) {
        if (count <= 0) {
            return this;
        }
        ensure(count);
        Arrays.fill(buffer, length, length + count, (byte) ' ');
        length += count;
        return this;
    }

    /** Exactly {@code digits} lowercase hex digits of {@code value}, zero-filled. */
    public TextSink hex(long value, int digits) {
        ensure(digits);
        for (int i = digits - 1; i >= 0; i--) {
            buffer[length + i] = HEX[(int) (value & 0xf)];
            value >>>= 4;
        }
        length += digits;
        return this;
    }

    /** The shortest lowercase hex of an unsigned value, without prefix. */
    public TextSink hex(long value) {
        int digits = Math.max(1, (67 - Long.numberOfLeadingZeros(value)) / 4);
        return hex(value, digits);
    }

    /** A signed decimal number. */
    public TextSink decimal(long value) {
        if (value == Long.MIN_VALUE) {
            return append("-9223372036854775808");
        }
        ensure(20);
        if (value < 0) {
            buffer[length++] = (byte) '-';
            value = -value;
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        for (int i = digits - 1; i >= 0; i--) {
            buffer[length + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
        return this;
    }

    public TextSink newline() {
        return append('\n');
    }

    /** Writes out what is buffered and flushes the stream. */
    public void flush() {
        flushBuffer();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(int room) {
        if (CAPACITY - length < room) {
            flushBuffer();
        }
    }

    private void flushBuffer() {
        try {
            out.write(buffer, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        length = 0;
    }

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
