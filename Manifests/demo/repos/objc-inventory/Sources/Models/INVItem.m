//
//  INVItem.m
//  Inventory
//

#import "INVItem.h"
#import "INVErrors.h"

NSString *INVCategoryName(INVCategory category) {
    static NSArray<NSString *> *names;
    static dispatch_once_t onceToken;
    dispatch_once(&onceToken, ^{
        names = @[@"hardware", @"electronics", @"consumable", @"other"];
    });
    return (category >= 0 && category < (NSInteger)names.count) ? names[category] : @"other";
}

@implementation INVItem

- (instancetype)initWithSKU:(NSString *)sku
                       name:(NSString *)name
                   category:(INVCategory)category
                  unitPrice:(NSDecimalNumber *)unitPrice {
    self = [super init];
    if (self) {
        _sku = [sku copy];
        _name = [name copy];
        _category = category;
        _unitPrice = unitPrice ?: [NSDecimalNumber zero];
        _tags = @[];
        _quantity = 0;
    }
    return self;
}

+ (nullable instancetype)itemWithDictionary:(NSDictionary<NSString *, id> *)dictionary
                                      error:(NSError **)error {
    NSString *sku = dictionary[@"sku"];
    if (![sku isKindOfClass:[NSString class]] || sku.length == 0) {
        if (error != NULL) {
            *error = INVMakeError(INVErrorMalformedRecord, nil, @"Record has no SKU.");
        }
        return nil;
    }
    NSNumber *price = dictionary[@"price"] ?: @0;
    INVItem *item = [[self alloc] initWithSKU:sku
                                         name:dictionary[@"name"] ?: sku
                                     category:[dictionary[@"category"] integerValue]
                                    unitPrice:[NSDecimalNumber decimalNumberWithDecimal:price.decimalValue]];
    item.quantity = [dictionary[@"quantity"] integerValue];
    item.tags = dictionary[@"tags"] ?: @[];
    return item;
}

- (NSDictionary<NSString *, id> *)dictionaryRepresentation {
    return @{
        @"sku": self.sku,
        @"name": self.name,
        @"category": @(self.category),
        @"quantity": @(self.quantity),
        @"price": self.unitPrice,
        @"tags": self.tags,
    };
}

- (NSDecimalNumber *)totalValue {
    NSDecimalNumber *qty = [NSDecimalNumber decimalNumberWithMantissa:(unsigned long long)MAX(self.quantity, 0)
                                                             exponent:0
                                                           isNegative:NO];
    return [self.unitPrice decimalNumberByMultiplyingBy:qty];
}

- (BOOL)isInStock {
    return self.quantity > 0;
}

#pragma mark - NSObject

- (id)copyWithZone:(nullable NSZone *)zone {
    INVItem *copy = [[[self class] allocWithZone:zone] initWithSKU:self.sku
                                                              name:self.name
                                                          category:self.category
                                                         unitPrice:self.unitPrice];
    copy.quantity = self.quantity;
    copy.tags = self.tags;
    return copy;
}

- (BOOL)isEqual:(id)object {
    if (self == object) {
        return YES;
    }
    if (![object isKindOfClass:[INVItem class]]) {
        return NO;
    }
    return [self.sku isEqualToString:((INVItem *)object).sku];
}

- (NSUInteger)hash {
    return self.sku.hash;
}

- (NSString *)description {
    return [NSString stringWithFormat:@"<INVItem %@ \"%@\" qty=%ld>", self.sku, self.name, (long)self.quantity];
}

@end
