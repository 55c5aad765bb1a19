//
//  INVInventoryService+Import.m
//  Inventory
//
//  Bulk import of item records, run off the main thread.
//

#import "INVInventoryService.h"
#import "INVErrors.h"
#import "INVItem.h"
#import "INVWarehouse.h"

@implementation INVInventoryService (Import)

- (void)importRecords:(NSArray<NSDictionary<NSString *, id> *> *)records
        intoWarehouse:(NSString *)warehouseID
           completion:(INVImportCompletion)completion {
    __weak typeof(self) weakSelf = self;
    dispatch_async(self.workQueue, ^{
        __strong typeof(weakSelf) strongSelf = weakSelf;
        if (strongSelf == nil) {
            return;
        }
        NSMutableArray<NSError *> *errors = [NSMutableArray array];
        NSUInteger imported = 0;
        INVWarehouse *target = [strongSelf warehouseWithIdentifier:warehouseID];
        if (target == nil) {
            [errors addObject:INVMakeError(INVErrorUnknown, nil, @"Unknown warehouse.")];
        }
        for (NSDictionary<NSString *, id> *record in (target ? records : @[])) {
            @autoreleasepool {
                NSError *error = nil;
                INVItem *item = [INVItem itemWithDictionary:record error:&error];
                if (item != nil && [target addItem:item error:&error]) {
                    imported++;
                } else if (error != nil) {
                    [errors addObject:error];
                }
            }
        }
        dispatch_async(dispatch_get_main_queue(), ^{
            for (id<INVStockObserver> observer in strongSelf.observers) {
                if ([observer respondsToSelector:@selector(inventoryService:didFinishImportWithCount:errors:)]) {
                    [observer inventoryService:strongSelf didFinishImportWithCount:imported errors:errors];
                }
            }
            completion(imported, [errors copy]);
        });
    });
}

@end
