package org.chainmap.platform;

/** The processor a native library was built for, read from the first bytes of its file (ELF, Mach-O, PE). */
enum BinaryMachine {
    X86_64,
    AARCH64,
    OTHER;

    /** The machine of an ELF, Mach-O or PE file, from at least its first 4 KiB. */
    static BinaryMachine of(byte[] head) {
        if (head.length > 20 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
            int machine = (head[18] & 0xff) | (head[19] & 0xff) << 8;
            return machine == 62 ? X86_64 : machine == 183 ? AARCH64 : OTHER;
        }
        if (head.length > 8 && (head[0] & 0xff) == 0xcf && (head[1] & 0xff) == 0xfa && head[2] == (byte) 0xed) {
            int cpu = (head[4] & 0xff) | (head[5] & 0xff) << 8 | (head[6] & 0xff) << 16 | (head[7] & 0xff) << 24;
            return cpu == 0x01000007 ? X86_64 : cpu == 0x0100000c ? AARCH64 : OTHER;
        }
        if (head.length > 0x40 && head[0] == 'M' && head[1] == 'Z') {
            int pe = (head[0x3c] & 0xff) | (head[0x3d] & 0xff) << 8;
            if (pe + 6 < head.length && head[pe] == 'P' && head[pe + 1] == 'E') {
                int machine = (head[pe + 4] & 0xff) | (head[pe + 5] & 0xff) << 8;
                return machine == 0x8664 ? X86_64 : machine == 0xaa64 ? AARCH64 : OTHER;
            }
        }
        return OTHER;
    }

    /** The machine a desktop's natives must be built for. */
    static BinaryMachine expected(Desktop desktop) {
        return switch (desktop) {
            case LINUX_AARCH64, MAC_AARCH64 -> AARCH64;
            default -> X86_64;
        };
    }
}
