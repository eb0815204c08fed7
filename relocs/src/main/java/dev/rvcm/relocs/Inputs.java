package dev.rvcm.relocs;

import dev.rvcm.relocs.ar.Archive;
import dev.rvcm.relocs.ar.ArchiveMember;
import dev.rvcm.relocs.ar.ArchiveReader;
import dev.rvcm.relocs.elf.ElfReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens what a user names on the command line: an ELF file or an {@code ar} archive of them,
 * mapped read-only. Archive members are named {@code path(member)} in messages, as binutils does.
 */
public final class Inputs {
    private Inputs() {
    }

    /** Every ELF file in {@code path}: the file itself, or each member of an archive. */
    public static List<ElfUnit> open(Path path) {
        String name = path.toString();
        ByteBuffer image = map(path);
        if (!ArchiveReader.isArchive(image)) {
            return List.of(new ElfUnit(name, Optional.empty(), ElfReader.read(name, image)));
        }
        Archive archive = ArchiveReader.read(name, image);
        List<ElfUnit> units = new ArrayList<>(archive.members().size());
        for (ArchiveMember m : archive.members()) {
            units.add(new ElfUnit(name, Optional.of(m.name()), ElfReader.read(name + "(" + m.name() + ")", m.body())));
        }
        return units;
    }

    /** The whole file, mapped read-only and little-endian. */
    public static ByteBuffer map(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new ElfFormatException(name, ElfFormatException.WHOLE_FILE, "is a directory");
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new ElfFormatException(name, ElfFormatException.WHOLE_FILE,
                    "file of " + size + " bytes is larger than rvcm reads (2 GiB)");
            }
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
        } catch (NoSuchFileException e) {
            throw new ElfFormatException(name, ElfFormatException.WHOLE_FILE, "no such file");
        } catch (IOException e) {
            throw new ElfFormatException(name, ElfFormatException.WHOLE_FILE, "cannot read: " + e.getMessage());
        }
    }
}
