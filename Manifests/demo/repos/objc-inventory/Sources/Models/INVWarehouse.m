//
//  INVWarehouse.m
//  Inventory
//

#import "INVWarehouse.h"
#import "INVItem.h"
#import "INVErrors.h"

@interface INVWarehouse ()
@property (nonatomic, assign, readwrite) NSUInteger usedUnits;
@end

@implementation INVWarehouse {
    NSMutableDictionary<NSString *, INVItem *> *_itemsBySKU;
}

- (instancetype)initWithIdentifier:(NSString *)identifier capacity:(NSUInteger)capacity {
    if ((self = [super init])) {
        _identifier = [identifier copy];
        _capacity = capacity;
        _itemsBySKU = [[NSMutableDictionary alloc] init];
    }
    return self;
}

- (NSUInteger)freeUnits {
    return self.capacity > self.usedUnits ? self.capacity - self.usedUnits : 0;
}

- (NSArray<INVItem *> *)allItems {
    NSArray<NSString *> *keys = [_itemsBySKU.allKeys sortedArrayUsingSelector:@selector(compare:)];
    return [_itemsBySKU objectsForKeys:keys notFoundMarker:[NSNull null]];
}

- (BOOL)addItem:(INVItem *)item error:(NSError **)error {
    if (_itemsBySKU[item.sku] != nil) {
        if (error) *error = INVMakeError(INVErrorDuplicateItem, item.sku, @"Duplicate SKU.");
        return NO;
    }
    if ((NSUInteger)item.quantity > self.freeUnits) {
        if (error) *error = INVMakeError(INVErrorCapacityExceeded, item.sku, @"Warehouse is full.");
        return NO;
    }
    _itemsBySKU[item.sku] = item;
    self.usedUnits += (NSUInteger)item.quantity;
    return YES;
}

- (nullable INVItem *)itemForSKU:(NSString *)sku {
    return _itemsBySKU[sku];
}

- (nullable INVItem *)removeItemForSKU:(NSString *)sku {
    INVItem *item = _itemsBySKU[sku];
    if (item) {
        [_itemsBySKU removeObjectForKey:sku];
        self.usedUnits -= (NSUInteger)item.quantity;
    }
    return item;
}

- (BOOL)adjustSKU:(NSString *)sku by:(NSInteger)delta error:(NSError **)error {
    INVItem *item = [self itemForSKU:sku];
    if (item == nil) {
        if (error) *error = INVMakeError(INVErrorItemNotFound, sku, @"Unknown SKU.");
        return NO;
    } else if (item.quantity + delta < 0) {
        if (error) *error = INVMakeError(INVErrorInsufficientStock, sku, @"Not enough stock.");
        return NO;
    } else if (delta > 0 && (NSUInteger)delta > self.freeUnits) {
        if (error) *error = INVMakeError(INVErrorCapacityExceeded, sku, @"Warehouse is full.");
        return NO;
    }
    item.quantity += delta;
    self.usedUnits = (NSUInteger)((NSInteger)self.usedUnits + delta);
    return YES;
}

- (NSArray<INVItem *> *)itemsPassingTest:(INVItemPredicate)predicate {
    NSMutableArray<INVItem *> *result = [NSMutableArray array];
    for (INVItem *item in self.allItems) {
        if (predicate(item)) {
            [result addObject:item];
        }
    }
    return [result copy];
}

- (NSArray<INVItem *> *)lowStockItemsBelow:(NSInteger)threshold {
    return [self itemsPassingTest:^BOOL(INVItem *item) {
        return item.quantity < threshold;
    }];
}

@end
