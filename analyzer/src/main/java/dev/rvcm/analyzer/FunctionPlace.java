package dev.rvcm.analyzer;

/**
 * A place inside a function, as a debugger names it: {@code btf_parse_vmlinux+0x20}.
 *
 * @param function the enclosing function's name
 * @param offset the place's distance from the function's start
 */
public record FunctionPlace(String function, long offset) {
    @Override
    public String toString() {
        return offset == 0 ? function : function + "+0x" + Long.toHexString(offset);
    }
}
