package org.aftersales.scheduling.booking;

import java.util.Arrays;

/**
 * The reception-slot grid of one day, in seconds from a base instant: slot starts, how many
 * consecutive slots remain in each slot's run, and the buffers kept free. Shared by {@link
 * ReceptionPattern#receptionStarts} (wall-clock seconds) and the appointment book (seconds from
 * the day's base instant), so both compute the same grid.
 *
 * <p>Within each working window: N slots back to back, then the buffer, then N slots…; the cycle
 * restarts at the start of each window (at opening and after each break). A slot is only placed
 * when it ends by the window's end. With a zero buffer a window is a single run.
 */
final class SlotGrid {

  final int[] starts;
  final int[] runLeft;
  final int[] bufferFrom;
  final int[] bufferUntil;

  private SlotGrid(int[] starts, int[] runLeft, int[] bufferFrom, int[] bufferUntil) {
    this.starts = starts;
    this.runLeft = runLeft;
    this.bufferFrom = bufferFrom;
    this.bufferUntil = bufferUntil;
  }

  static final SlotGrid EMPTY = new SlotGrid(new int[0], new int[0], new int[0], new int[0]);

  static SlotGrid build(int[] winStart, int[] winEnd, int slot, int perRun, int buffer) {
    int[] starts = new int[16];
    int[] runLeft = new int[16];
    int[] bFrom = new int[4];
    int[] bUntil = new int[4];
    int n = 0;
    int nb = 0;
    for (int w = 0; w < winStart.length; w++) {
      int t = winStart[w];
      int we = winEnd[w];
      while (t + slot <= we) {
        int runStart = n;
        int inRun = 0;
        while (t + slot <= we && (buffer == 0 || inRun < perRun)) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            runLeft = Arrays.copyOf(runLeft, n * 2);
          }
          starts[n++] = t;
          t += slot;
          inRun++;
        }
        for (int i = runStart; i < n; i++) {
          runLeft[i] = n - i;
        }
        if (buffer == 0 || inRun < perRun || t >= we) {
          break; // the window ends: what is left is too short for a slot, not a buffer
        }
        if (nb == bFrom.length) {
          bFrom = Arrays.copyOf(bFrom, nb * 2);
          bUntil = Arrays.copyOf(bUntil, nb * 2);
        }
        bFrom[nb] = t;
        bUntil[nb] = Math.min(t + buffer, we);
        nb++;
        t += buffer;
      }
    }
    return new SlotGrid(
        Arrays.copyOf(starts, n), Arrays.copyOf(runLeft, n), Arrays.copyOf(bFrom, nb), Arrays.copyOf(bUntil, nb));
  }

  /** The index of the slot starting exactly at {@code second}, or -1. */
  int indexOf(long second) {
    if (second < Integer.MIN_VALUE || second > Integer.MAX_VALUE) {
      return -1;
    }
    int i = Arrays.binarySearch(starts, (int) second);
    return i >= 0 ? i : -1;
  }

  /** The index of the last slot starting at or before {@code second}, or -1. */
  int floor(long second) {
    if (second < Integer.MIN_VALUE) {
      return -1;
    }
    int key = (int) Math.min(second, Integer.MAX_VALUE);
    int i = Arrays.binarySearch(starts, key);
    return i >= 0 ? i : -i - 2;
  }

  /** The index of the buffer containing {@code second}, or -1. */
  int bufferAt(long second) {
    for (int i = 0; i < bufferFrom.length; i++) {
      if (second >= bufferFrom[i] && second < bufferUntil[i]) {
        return i;
      }
    }
    return -1;
  }
}
