package be.toppsy.desk.content.pack;

/** Where something was written: a file inside the pack and a line (1-based; 0 when unknown). */
public record SourceLocation(String file, int line) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
