package org.chainmap.search;

import java.util.Arrays;

/**
 * The smallest keys among those offered, at most a given number: a max-heap that keeps a query over a
 * hundred thousand names to a few comparisons each, whatever the number of matches.
 */
final class TopKeys {

    private final long[] heap;
    private int size;

    /** Keeps at most {@code limit} keys. */
    TopKeys(int limit) {
        heap = new long[limit];
    }

    /** Keeps {@code key} if it is among the smallest so far. */
    void offer(long key) {
        if (size < heap.length) {
            heap[size] = key;
            up(size++);
        } else if (size > 0 && key < heap[0]) {
            heap[0] = key;
            down();
        }
    }

    /** The keys kept, smallest first. */
    long[] sorted() {
        long[] kept = Arrays.copyOf(heap, size);
        Arrays.sort(kept);
        return kept;
    }

    private void up(int at) {
        int child = at;
        while (child > 0) {
            int parent = (child - 1) / 2;
            if (heap[parent] >= heap[child]) {
                return;
            }
            swap(parent, child);
            child = parent;
        }
    }

    private void down() {
        int parent = 0;
        while (true) {
            int largest = parent;
            int left = 2 * parent + 1;
            int right = left + 1;
            if (left < size && heap[left] > heap[largest]) {
                largest = left;
            }
            if (right < size && heap[right] > heap[largest]) {
                largest = right;
            }
            if (largest == parent) {
                return;
            }
            swap(parent, largest);
            parent = largest;
        }
    }

    private void swap(int a, int b) {
        long kept = heap[a];
        heap[a] = heap[b];
        heap[b] = kept;
    }
}
