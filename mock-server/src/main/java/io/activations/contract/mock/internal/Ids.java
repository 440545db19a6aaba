package io.activations.contract.mock.internal;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Resource ids in the API's style: a prefix such as {@code ii_} or {@code act_}, then 22 base62
 * characters. Like the API's KSUID-based ids they carry an ordering part: the first 7 characters
 * are the item's sequence number in its table, the other 15 are random. The store finds an item
 * by decoding that number instead of keeping a hash index, which under load-test volumes would
 * stall on rehashing and slow every garbage collection.
 */
final class Ids {

  static final String CONNECTION = "ii_";
  static final String ACTIVATION = "act_";

  private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int SEQ_CHARS = 7;
  private static final int RANDOM_CHARS = 15;

  private Ids() {}

  /** 7 base62 characters hold sequence numbers up to 62^7 (about 3.5e12); the random part keeps ids unguessable. */
  static String next(String prefix, long seq) {
    StringBuilder id = new StringBuilder(prefix.length() + SEQ_CHARS + RANDOM_CHARS).append(prefix);
    char[] digits = new char[SEQ_CHARS];
    long rest = seq;
    for (int i = SEQ_CHARS - 1; i >= 0; i--) {
      digits[i] = BASE62.charAt((int) (rest % 62));
      rest /= 62;
    }
    id.append(digits);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < RANDOM_CHARS; i++) {
      id.append(BASE62.charAt(random.nextInt(62)));
    }
    return id.toString();
  }

  /** The sequence number an id of this shape carries, or -1 when it has another shape (a fixture's id). */
  static long seqOf(String prefix, String id) {
    if (id.length() != prefix.length() + SEQ_CHARS + RANDOM_CHARS || !id.startsWith(prefix)) {
      return -1;
    }
    long seq = 0;
    for (int i = prefix.length(); i < prefix.length() + SEQ_CHARS; i++) {
      int digit = BASE62.indexOf(id.charAt(i));
      if (digit < 0) {
        return -1;
      }
      seq = seq * 62 + digit;
    }
    return seq;
  }
}
