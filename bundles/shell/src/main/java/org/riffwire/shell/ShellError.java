// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.shell;

/**
 * A command's failure as the shell shows it: one line, the message alone. Gogo prints a failed command's exception
 * with {@code toString()}, which would put a Java class name before the message.
 */
final class ShellError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A command's work, which may fail with any exception. */
    @FunctionalInterface
    interface Work {
        String run() throws Exception;
    }

    private ShellError(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** Runs a command; whatever it throws reaches the shell as its message, one line. */
    static String oneLine(Work work) {
        try {
            return work.run();
        } catch (Exception e) {
            String message = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                    : "failed (" + e.getClass().getSimpleName() + ")";
            throw new ShellError(message, e);
        }
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
