//
//  INVWarehouse.h
//  Inventory
//
//  A named storage location with a limited number of units.
//

#import <Foundation/Foundation.h>

@class INVItem;

/// Block used to filter items, e.g. in -itemsPassingTest:.
typedef BOOL (^INVItemPredicate)(INVItem *item);

@interface INVWarehouse : NSObject

@property (nonatomic, copy, readonly) NSString *identifier;
@property (nonatomic, assign, readonly) NSUInteger capacity;
@property (nonatomic, assign, readonly) NSUInteger usedUnits;
@property (nonatomic, readonly) NSUInteger freeUnits;
@property (nonatomic, copy, readonly) NSArray<INVItem *> *allItems;

- (instancetype)initWithIdentifier:(NSString *)identifier capacity:(NSUInteger)capacity;

/// Registers a new item; fails if the SKU is already present or the units do not fit.
- (BOOL)addItem:(INVItem *)item error:(NSError **)error;
- (nullable INVItem *)itemForSKU:(NSString *)sku;
- (nullable INVItem *)removeItemForSKU:(NSString *)sku;

/// Changes the quantity of an item by `delta` (which may be negative).
- (BOOL)adjustSKU:(NSString *)sku by:(NSInteger)delta error:(NSError **)error;

- (NSArray<INVItem *> *)itemsPassingTest:(INVItemPredicate)predicate;
- (NSArray<INVItem *> *)lowStockItemsBelow:(NSInteger)threshold;

@end
