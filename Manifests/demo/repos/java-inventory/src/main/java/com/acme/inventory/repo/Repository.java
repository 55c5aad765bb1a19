package com.acme.inventory.repo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Minimal generic repository abstraction.
 *
 * @param <K> key type
 * @param <V> entity type
 */
public interface Repository<K extends Comparable<K>, V> {

    Optional<V> findById(K id);

    Collection<V> findAll();

    V save(V entity);

    boolean delete(K id);

    /** Returns every entity matching the predicate, in key order. */
    default List<V> findWhere(Predicate<? super V> filter) {
        return findAll().stream().filter(filter).toList();
    }

    default boolean exists(K id) {
        return findById(id).isPresent();
    }

    default int count() {
        return findAll().size();
    }
}
