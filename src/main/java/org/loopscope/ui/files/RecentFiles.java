package org.loopscope.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files opened or saved last, most recent first, at most {@link #LIMIT}, each once, kept in a text file (one
 * absolute path a line) so the list survives a restart. A file that cannot be read or written costs only the list.
 */
public final class RecentFiles {

    /** How many files the list keeps. */
    public static final int LIMIT = 10;

    private final Path store;
    private final List<Path> files = new ArrayList<>();

    /** Loads the list from its file, if there is one. */
    public RecentFiles(Path store) {
        this.store = store;
        try {
            if (Files.isRegularFile(store)) {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    addLast(line.strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            files.clear();
        }
    }

    /** Returns the files, most recent first. */
    public List<Path> list() {
        return List.copyOf(files);
    }

    /** Puts a file at the top (moving it if it was already listed), drops the oldest past the limit, and saves. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > LIMIT) {
            files.remove(files.size() - 1);
        }
        save();
    }

    /** Removes a file from the list, e.g. one that no longer exists, and saves. */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            save();
        }
    }

    /** Empties the list and saves. */
    public void clear() {
        files.clear();
        save();
    }

    private void addLast(String line) {
        if (line.isEmpty() || files.size() >= LIMIT) {
            return;
        }
        try {
            Path path = Path.of(line).toAbsolutePath().normalize();
            if (!files.contains(path)) {
                files.add(path);
            }
        } catch (InvalidPathException e) {
            // A line that is not a path is skipped; the rest of the list is still good.
        }
    }

    private void save() {
        try {
            Files.createDirectories(store.getParent());
            List<String> lines = files.stream().map(Path::toString).toList();
            Files.write(store, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // The list is a convenience: failing to keep it must not stop the user's work.
        }
    }
}
