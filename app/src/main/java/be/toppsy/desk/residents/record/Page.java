package be.toppsy.desk.residents.record;

import java.util.List;

/** One page of a longer list, and how many there are in all. */
public record Page<T>(List<T> items, int total, int page, int pageSize) {

    public Page {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return pageSize <= 0 ? 1 : Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
