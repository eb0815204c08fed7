package dev.rvcm.relocs;

import dev.rvcm.relocs.ar.Archive;
import dev.rvcm.relocs.ar.ArchiveMember;
import dev.rvcm.relocs.ar.ArchiveReader;
import dev.rvcm.relocs.elf.ElfReader;
import dev.rvcm.relocs.elf.FileImage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens what a user names on the command line: an ELF file or an {@code ar} archive of them, of any
 * size up to {@link #MAX_BYTES}. Regular files are mapped read-only; pipes, named pipes with a
 * writer and standard input are read to their end first (see {@link Streams}). Archive members are
 * named {@code path(member)} in messages, as binutils does.
 */
public final class Inputs {
    /** The largest input rvcm reads, file or stream: 64 GiB. */
    public static final long MAX_BYTES = 64L << 30;

    private Inputs() {
    }

    /** Every ELF file in {@code path}: the file itself, or each member of an archive. */
    public static List<ElfUnit> open(Path path) {
        return units(path.toString(), map(path));
    }

    /** Every ELF file in a stream (standard input), read to its end; {@code name} names it in messages. */
    public static List<ElfUnit> read(String name, InputStream in) {
        return units(name, Streams.read(name, in, MAX_BYTES));
    }

    private static List<ElfUnit> units(String name, FileImage image) {
        if (!ArchiveReader.isArchive(image)) {
            return List.of(new ElfUnit(name, Optional.empty(), ElfReader.read(name, image)));
        }
        Archive archive = ArchiveReader.read(name, image);
        List<ElfUnit> units = new ArrayList<>(archive.members().size());
        for (ArchiveMember m : archive.members()) {
            units.add(new ElfUnit(name, Optional.of(m.name()), ElfReader.read(m.body().source(), m.body())));
        }
        return units;
    }

    /**
     * The whole file: a regular file mapped read-only (unmapped when no longer reachable), anything
     * else that can be read (a pipe, a named pipe with a writer, a character device) read to its end.
     */
    public static FileImage map(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new ElfFormatException(name, ElfFormatException.WHOLE_FILE, "is a directory");
        }
        if (!Files.isRegularFile(path)) {
            if (!Files.exists(path)) {
                throw new ElfFormatException(name, ElfFormatException.WHOLE_FILE, "no such file");
            }
            return Streams.readSpecial(path, MAX_BYTES);
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > MAX_BYTES) {
                throw new ElfFormatException(name, ElfFormatException.WHOLE_FILE,
                    "file of " + size + " bytes is larger than rvcm reads (" + (MAX_BYTES >> 30) + " GiB)");
            }
            if (size == 0) {
                return FileImage.of(name, ByteBuffer.allocate(0));
            }
            return FileImage.of(name, channel.map(FileChannel.MapMode.READ_ONLY, 0, size, Arena.ofAuto()));
        } catch (NoSuchFileException e) {
            throw new ElfFormatException(name, ElfFormatException.WHOLE_FILE, "no such file");
        } catch (IOException e) {
            throw new ElfFormatException(name, ElfFormatException.WHOLE_FILE, "cannot read: " + e.getMessage());
        }
    }
}
