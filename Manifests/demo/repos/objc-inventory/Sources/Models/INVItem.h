//
//  INVItem.h
//  Inventory
//
//  A stock-keeping unit with a quantity and a unit price.
//

#import <Foundation/Foundation.h>

/// Broad product family, used to group items in reports.
typedef enum INVCategory : NSInteger {
    INVCategoryHardware = 0,
    INVCategoryElectronics,
    INVCategoryConsumable,
    INVCategoryOther,
} INVCategory;

/// Returns a lowercase, human readable name for a category.
FOUNDATION_EXPORT NSString *INVCategoryName(INVCategory category);

@interface INVItem : NSObject <NSCopying>

@property (nonatomic, copy, readonly) NSString *sku;
@property (nonatomic, copy) NSString *name;
@property (nonatomic, assign) INVCategory category;
@property (nonatomic, assign) NSInteger quantity;
@property (nonatomic, strong) NSDecimalNumber *unitPrice;
@property (nonatomic, copy) NSArray<NSString *> *tags;
@property (nonatomic, readonly) NSDecimalNumber *totalValue;
@property (nonatomic, readonly, getter=isInStock) BOOL inStock;

- (instancetype)initWithSKU:(NSString *)sku
                       name:(NSString *)name
                   category:(INVCategory)category
                  unitPrice:(NSDecimalNumber *)unitPrice NS_DESIGNATED_INITIALIZER;
- (instancetype)init NS_UNAVAILABLE;

/// Creates an item from a JSON-like dictionary; returns nil and sets `error` on failure.
+ (nullable instancetype)itemWithDictionary:(NSDictionary<NSString *, id> *)dictionary
                                      error:(NSError **)error;

/// Inverse of +itemWithDictionary:error:.
- (NSDictionary<NSString *, id> *)dictionaryRepresentation;

@end
