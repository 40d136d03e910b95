// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a result file: its type and length, a download name, and single byte ranges, which the audio player asks
 * for when the listener seeks. A result never changes once written, so browsers may keep it.
 */
final class FileDownload {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private FileDownload() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, Path file, String type, boolean attachment)
            throws IOException, ApiError {
        long length = Files.size(file);
        long first = 0;
        long last = length - 1;
        String range = request.getHeader("Range");
        boolean partial = false;
        if (range != null) {
            Matcher m = RANGE.matcher(range.trim());
            if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
                try {
                    if (m.group(1).isEmpty()) {
                        first = Math.max(0, length - Long.parseLong(m.group(2)));
                    } else {
                        first = Long.parseLong(m.group(1));
                        last = m.group(2).isEmpty() ? length - 1 : Math.min(length - 1, Long.parseLong(m.group(2)));
                    }
                } catch (NumberFormatException e) {
                    first = length;
                }
                if (first > last || first >= length) {
                    response.setHeader("Content-Range", "bytes */" + length);
                    throw new ApiError(416, "the range '" + range + "' is outside the file's " + length + " bytes");
                }
                partial = true;
            }
        }
        response.setStatus(partial ? 206 : 200);
        response.setContentType(type);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", "private, max-age=86400, immutable");
        response.setDateHeader("Last-Modified", Files.getLastModifiedTime(file).toMillis());
        if (attachment) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
        }
        if (partial) {
            response.setHeader("Content-Range", "bytes " + first + "-" + last + "/" + length);
        }
        long count = last - first + 1;
        response.setContentLengthLong(count);
        if (request.getMethod().equals("HEAD")) {
            return;
        }
        try (InputStream in = Files.newInputStream(file); OutputStream out = response.getOutputStream()) {
            in.skipNBytes(first);
            byte[] buffer = new byte[64 * 1024];
            long left = count;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }
}
