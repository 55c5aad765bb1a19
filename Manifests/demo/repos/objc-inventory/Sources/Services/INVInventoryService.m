//
//  INVInventoryService.m
//  Inventory
//

#import "INVInventoryService.h"
#import "INVErrors.h"
#import "INVItem.h"
#import "INVWarehouse.h"

NSNotificationName const INVStockDidChangeNotification = @"INVStockDidChangeNotification";
NSString *const INVStockChangeSKUKey = @"sku";

static const NSInteger INVDefaultLowStockThreshold = 5;

@implementation INVInventoryService {
    NSMutableArray<INVWarehouse *> *_warehouses;
    NSHashTable<id<INVStockObserver>> *_observers;
}

+ (instancetype)sharedService {
    static INVInventoryService *shared = nil;
    static dispatch_once_t once;
    dispatch_once(&once, ^{
        shared = [[self alloc] init];
    });
    return shared;
}

- (instancetype)init {
    if (self = [super init]) {
        _warehouses = [NSMutableArray new];
        _observers = [NSHashTable weakObjectsHashTable];
        _workQueue = dispatch_queue_create("com.example.inventory.work", DISPATCH_QUEUE_SERIAL);
        _lowStockThreshold = INVDefaultLowStockThreshold;
    }
    return self;
}

- (NSArray<INVWarehouse *> *)warehouses {
    @synchronized (self) {
        return [_warehouses copy];
    }
}

- (void)addWarehouse:(INVWarehouse *)warehouse {
    @synchronized (self) {
        [_warehouses addObject:warehouse];
    }
}

- (nullable INVWarehouse *)warehouseWithIdentifier:(NSString *)identifier {
    NSUInteger index = [self.warehouses indexOfObjectPassingTest:^BOOL(INVWarehouse *w, NSUInteger idx, BOOL *stop) {
        return [w.identifier isEqualToString:identifier];
    }];
    return index == NSNotFound ? nil : self.warehouses[index];
}

- (NSArray<id<INVStockObserver>> *)observers {
    return _observers.allObjects;
}

- (void)addObserver:(id<INVStockObserver>)observer {
    [_observers addObject:observer];
}

- (void)removeObserver:(id<INVStockObserver>)observer {
    [_observers removeObject:observer];
}

#pragma mark - Stock moves

- (BOOL)adjustSKU:(NSString *)sku by:(NSInteger)delta inWarehouse:(NSString *)warehouseID error:(NSError **)error {
    INVWarehouse *warehouse = [self warehouseWithIdentifier:warehouseID];
    if (!warehouse) {
        if (error) *error = INVMakeError(INVErrorUnknown, sku, @"Unknown warehouse.");
        return NO;
    }
    if (![warehouse adjustSKU:sku by:delta error:error]) {
        return NO;
    }
    [self notifyAdjustment:[warehouse itemForSKU:sku] delta:delta warehouse:warehouse];
    return YES;
}

- (BOOL)transferSKU:(NSString *)sku
              units:(NSUInteger)units
               from:(NSString *)sourceID
                 to:(NSString *)destinationID
              error:(NSError **)error {
    if (![self adjustSKU:sku by:-(NSInteger)units inWarehouse:sourceID error:error]) {
        return NO;
    }
    if ([self adjustSKU:sku by:(NSInteger)units inWarehouse:destinationID error:error]) {
        return YES;
    }
    // Roll back the withdrawal so the transfer is all-or-nothing.
    [self adjustSKU:sku by:(NSInteger)units inWarehouse:sourceID error:NULL];
    return NO;
}

- (void)notifyAdjustment:(INVItem *)item delta:(NSInteger)delta warehouse:(INVWarehouse *)warehouse {
    for (id<INVStockObserver> observer in self.observers) {
        [observer inventoryService:self didAdjustItem:item delta:delta inWarehouse:warehouse];
        if (item.quantity < self.lowStockThreshold &&
            [observer respondsToSelector:@selector(inventoryService:itemIsRunningLow:)]) {
            [observer inventoryService:self itemIsRunningLow:item];
        }
    }
    [[NSNotificationCenter defaultCenter] postNotificationName:INVStockDidChangeNotification
                                                        object:self
                                                      userInfo:@{INVStockChangeSKUKey: item.sku}];
}

@end
