package jp.itaku.contract.files;

import jp.itaku.common.problem.ItakuException;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/** Reads a multipart upload into memory after checking it is present, small enough and of an accepted type. */
public final class Uploads {

    /** Per-file limit, the same as the whole-request limit of the HTTP layer. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private Uploads() {
    }

    public record Upload(String fileName, String contentType, byte[] content, String sha256) {
    }

    public static Upload read(FileUpload file, Set<String> extensions, String what) {
        if (file == null || file.uploadedFile() == null) {
            throw ItakuException.invalid("file", what + "のファイルを「file」として添付してください。");
        }
        String name = file.fileName() == null || file.fileName().isBlank() ? "upload" : file.fileName().strip();
        jp.itaku.common.json.TextRules.requireStorable("file", "ファイル名", name, true);
        if (name.length() > 255) {
            throw ItakuException.invalid("file", "ファイル名は255文字以内にしてください。");
        }
        if (file.contentType() != null && file.contentType().length() > 100) {
            throw ItakuException.invalid("file", "ファイルの Content-Type が長すぎます（100文字以内）。");
        }
        String extension = extension(name);
        if (!extensions.contains(extension)) {
            throw ItakuException.unsupportedType(what + "は " + String.join("・", extensions.stream().sorted().map(e -> "." + e).toList())
                    + " のファイルを添付してください（「" + name + "」は対応していない形式です）。");
        }
        if (file.size() > MAX_BYTES) {
            throw ItakuException.tooLarge("ファイルサイズが上限（20 MB）を超えています。");
        }
        if (file.size() == 0) {
            throw ItakuException.invalid("file", "「" + name + "」は空のファイルです。");
        }
        try {
            byte[] content = Files.readAllBytes(file.uploadedFile());
            return new Upload(name, file.contentType() == null ? "application/octet-stream" : file.contentType(),
                    content, sha256(content));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read uploaded file", e);
        }
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
