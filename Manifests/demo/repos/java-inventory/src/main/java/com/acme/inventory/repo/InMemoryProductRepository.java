package com.acme.inventory.repo;

import com.acme.inventory.model.Category;
import com.acme.inventory.model.Product;
import com.acme.inventory.model.Sku;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Thread-safe, sorted, in-memory store of {@link Product}s. */
public class InMemoryProductRepository implements Repository<Sku, Product> {

    private final Map<Sku, Product> products = new TreeMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    @Override
    public Optional<Product> findById(Sku id) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(products.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Collection<Product> findAll() {
        lock.readLock().lock();
        try {
            return List.copyOf(products.values());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Product save(Product entity) {
        lock.writeLock().lock();
        try {
            products.put(entity.sku(), entity);
            return entity;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean delete(Sku id) {
        lock.writeLock().lock();
        try {
            return products.remove(id) != null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public List<Product> byCategory(Category category) {
        return findWhere(p -> p.category() == category);
    }

    /** Seeds the repository with a few demo products. */
    public static InMemoryProductRepository withSamples() {
        var repo = new InMemoryProductRepository();
        repo.save(Product.of("ELC-00001", "USB-C charger", "19.99"));
        repo.save(Product.of("ELC-00002", "Noise cancelling headphones", "149.00"));
        repo.save(Product.of("GRC-00310", "Basmati rice 5kg", "12.49").withReorderAt(80));
        repo.save(Product.of("TOY-00042", "Wooden train set", "34.50"));
        repo.save(Product.of("MED-00007", "Ibuprofen 200mg", "4.25"));
        repo.save(Product.of("HDW-01000", "Cordless drill", "89.90"));
        return repo;
    }
}
