package vn.ocop.registry.imports.service;

import vn.ocop.registry.imports.config.ImportConfig;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a workbook before anything parses it (zip-bomb guard): its size, the number of ZIP entries, and the bytes they
 * really inflate to — counted while inflating into nothing, so sizes a forged header claims do not matter — in total
 * and relative to the stored size. Anything over a limit is refused with 413 naming the limit.
 */
public final class WorkbookGuard {

    private WorkbookGuard() {
    }

    public static void check(byte[] xlsx, ImportConfig limits) {
        if (xlsx.length > limits.maxBytes()) {
            throw tooLarge("The workbook is " + xlsx.length + " bytes; at most " + limits.maxBytes() + " are accepted",
                    "must be at most " + limits.maxBytes() + " bytes");
        }
        long total = 0;
        int entries = 0;
        byte[] sink = new byte[8192];
        // the central directory is read from a temporary file (the workbook writers' local headers may not carry
        // sizes, so a streaming reader cannot be used); the sizes it claims are not trusted, the bytes are counted
        Path file = null;
        try {
            file = Files.createTempFile("ocop-import-", ".xlsx");
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.size() > limits.maxEntries()) {
                    throw tooLarge("The workbook holds " + zip.size() + " parts; at most " + limits.maxEntries()
                            + " are accepted", "must hold at most " + limits.maxEntries() + " ZIP entries");
                }
                Enumeration<? extends ZipEntry> all = zip.entries();
                while (all.hasMoreElements()) {
                    ZipEntry entry = all.nextElement();
                    entries++;
                    long inflated = 0;
                    try (InputStream in = zip.getInputStream(entry)) {
                        int n;
                        while ((n = in.read(sink)) > 0) {
                            inflated += n;
                            total += n;
                            if (total > limits.maxUncompressedBytes()) {
                                throw tooLarge("The workbook inflates to more than " + limits.maxUncompressedBytes()
                                        + " bytes", "must inflate to at most " + limits.maxUncompressedBytes()
                                        + " bytes");
                            }
                        }
                    }
                    long stored = Math.max(1, entry.getCompressedSize());
                    if (inflated > 1_048_576 && inflated / stored > limits.maxCompressionRatio()) {
                        throw tooLarge("A part of the workbook (" + entry.getName() + ") inflates " + inflated / stored
                                + " times; at most " + limits.maxCompressionRatio() + " is accepted",
                                "must not compress more than " + limits.maxCompressionRatio() + ":1");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw DomainException.unsupportedType("The body is not a readable XLSX workbook (a ZIP package): "
                    + e.getMessage(), new FieldError("body", "must be an XLSX workbook"));
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
        if (entries == 0) {
            throw DomainException.unsupportedType("The body is not an XLSX workbook (an empty ZIP package)",
                    new FieldError("body", "must be an XLSX workbook"));
        }
        if (total > 1_048_576 && total / Math.max(1, xlsx.length) > limits.maxCompressionRatio()) {
            throw tooLarge("The workbook inflates " + total / xlsx.length + " times; at most "
                    + limits.maxCompressionRatio() + " is accepted", "must not compress more than "
                    + limits.maxCompressionRatio() + ":1");
        }
    }

    private static DomainException tooLarge(String detail, String message) {
        return DomainException.limitExceeded("import-too-large", detail, new FieldError("body", message));
    }
}
