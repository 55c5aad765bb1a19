//
//  INVInventoryService.h
//  Inventory
//
//  Facade coordinating warehouses, stock moves and observers.
//

#import <Foundation/Foundation.h>

@class INVInventoryService;
@class INVItem;
@class INVWarehouse;

/// Posted on the main queue after any quantity change; userInfo holds the SKU.
FOUNDATION_EXPORT NSNotificationName const INVStockDidChangeNotification;

/// Key of the SKU in the userInfo of INVStockDidChangeNotification.
FOUNDATION_EXPORT NSString *const INVStockChangeSKUKey;

@protocol INVStockObserver <NSObject>

@required
/// Called after the quantity of `item` changed by `delta` units.
- (void)inventoryService:(INVInventoryService *)service
           didAdjustItem:(INVItem *)item
                   delta:(NSInteger)delta
             inWarehouse:(INVWarehouse *)warehouse;

@optional
/// Called when an item drops below the service's low-stock threshold.
- (void)inventoryService:(INVInventoryService *)service itemIsRunningLow:(INVItem *)item;

/// Called once a bulk import has finished, successfully or not.
- (void)inventoryService:(INVInventoryService *)service
    didFinishImportWithCount:(NSUInteger)count
                      errors:(NSArray<NSError *> *)errors;

@end

/// Completion handler for asynchronous imports; runs on the main queue.
typedef void (^INVImportCompletion)(NSUInteger imported, NSArray<NSError *> *errors);

@interface INVInventoryService : NSObject

/// Items whose quantity falls below this value trigger -inventoryService:itemIsRunningLow:.
@property (nonatomic, assign) NSInteger lowStockThreshold;
@property (nonatomic, copy, readonly) NSArray<INVWarehouse *> *warehouses;
@property (nonatomic, copy, readonly) NSArray<id<INVStockObserver>> *observers;
/// Serial queue on which background work such as imports runs.
@property (nonatomic, strong, readonly) dispatch_queue_t workQueue;

+ (instancetype)sharedService;

- (void)addWarehouse:(INVWarehouse *)warehouse;
- (nullable INVWarehouse *)warehouseWithIdentifier:(NSString *)identifier;

- (void)addObserver:(id<INVStockObserver>)observer;
- (void)removeObserver:(id<INVStockObserver>)observer;

/// Receives (positive) or ships (negative) units of an item in a warehouse.
- (BOOL)adjustSKU:(NSString *)sku
               by:(NSInteger)delta
      inWarehouse:(NSString *)warehouseID
            error:(NSError **)error;

/// Moves units between two warehouses; nothing changes if either side fails.
- (BOOL)transferSKU:(NSString *)sku
              units:(NSUInteger)units
               from:(NSString *)sourceID
                 to:(NSString *)destinationID
              error:(NSError **)error;

@end

@interface INVInventoryService (Import)

/// Imports item records on the work queue; `completion` runs on the main queue.
- (void)importRecords:(NSArray<NSDictionary<NSString *, id> *> *)records
        intoWarehouse:(NSString *)warehouseID
           completion:(INVImportCompletion)completion;

@end
