package io.activations.contract.mock.internal;

import java.util.List;

/**
 * One page of an ordered table: its items, where it starts, where the neighbouring pages start
 * (null when there is none), and how many items the whole table holds.
 */
record Page<T>(List<T> items, PagePosition current, PagePosition next, PagePosition previous, int totalEntries) {}
