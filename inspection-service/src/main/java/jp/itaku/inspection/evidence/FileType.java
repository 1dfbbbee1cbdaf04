package jp.itaku.inspection.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The evidence types accepted, recognised by their first bytes rather than by the name or declared type. */
enum FileType {
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'});

    final String mediaType;
    private final byte[] magic;

    FileType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    static Optional<FileType> detect(Path file) {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (FileType type : values()) {
            if (read >= type.magic.length && Arrays.equals(head, 0, type.magic.length, type.magic, 0, type.magic.length)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
