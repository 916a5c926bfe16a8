package be.toppsy.desk.learning.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The order in which one attempt shows a quiz question's options or a scenario step's choices, so
 * that the right answer cannot be learnt by its place. Each attempt draws a seed; an item's order
 * follows from the seed and the item's id, so it stays the same whenever the item is shown again in
 * that attempt (a redraw, a step visited twice) and changes with the next attempt. Options and
 * choices keep their identity (their place in the file); only where they are shown changes.
 */
record AttemptOrder(long seed) {

    /** A new attempt's order. */
    static AttemptOrder draw(RandomGenerator random) {
        return new AttemptOrder(random.nextLong());
    }

    /** For each shown position, the authored index of the option shown there. */
    List<Integer> of(String itemId, int size) {
        // The id's hash is spread over the long so that neighbouring ids give unrelated orders.
        SplittableRandom random = new SplittableRandom(seed ^ (itemId.hashCode() * 0x9E3779B97F4A7C15L));
        List<Integer> order = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        for (int i = size - 1; i > 0; i--) {
            Collections.swap(order, i, random.nextInt(i + 1));
        }
        return List.copyOf(order);
    }
}
