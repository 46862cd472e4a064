package org.w3id.aperture.files;

/**
 * A folder named on the command line cannot be used as asked (no store loaded in it, its record damaged, a load
 * already running, not empty): the message names the folder and says what to do.
 */
public class FolderException extends RuntimeException {
    public FolderException(String message) {
        super(message);
    }

    public FolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
